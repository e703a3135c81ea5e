package org.gatehouse.cases;

/** What a contact asks for (seed 004). */
public enum CaseType {
    CASE("Case"), SERVICE_REQUEST("Service request"), INCIDENT_REPORT("Incident report"), VISIT_REQUEST("Visit request");

    private final String label;

    CaseType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
