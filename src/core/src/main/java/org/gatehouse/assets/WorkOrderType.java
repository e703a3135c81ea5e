package org.gatehouse.assets;

/** What kind of work a work order is. */
public enum WorkOrderType {
    PREVENTIVE("Preventive maintenance"),
    CORRECTIVE("Repair"),
    INSPECTION("Inspection"),
    INSTALLATION("Installation");

    private final String label;

    WorkOrderType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
