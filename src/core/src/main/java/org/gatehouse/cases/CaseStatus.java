package org.gatehouse.cases;

public enum CaseStatus {
    OPEN("Open"), IN_PROGRESS("In progress"), WAITING("Waiting for customer"), CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
