package org.gatehouse.assets;

/** Where a work order is (seed 004). */
public enum WorkOrderStatus {
    OPEN("Open"),
    SCHEDULED("Scheduled"),
    IN_PROGRESS("In progress"),
    ON_HOLD("On hold"),
    DONE("Done"),
    CANCELLED("Cancelled");

    private final String label;

    WorkOrderStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
