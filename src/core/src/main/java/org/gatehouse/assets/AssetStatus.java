package org.gatehouse.assets;

/** Whether an asset is working (seed 004). */
public enum AssetStatus {
    IN_SERVICE("In service"),
    OUT_OF_SERVICE("Out of service"),
    RETIRED("Retired");

    private final String label;

    AssetStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
