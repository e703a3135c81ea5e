package org.gatehouse.designs;

import java.util.Set;

/** Where a design is in its life (seed 002), and where it may go from there. */
public enum DesignStatus {
    DRAFT("Draft"),
    IN_PROGRESS("In progress"),
    READY_FOR_REVIEW("Ready for review"),
    APPROVED("Approved"),
    ACTIVE("Active"),
    UNDER_MODIFICATION("Under modification"),
    RETIRED("Retired");

    private final String label;

    DesignStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The statuses a design in this one may be moved to: approval only from review, nothing back from retired but active. */
    public Set<DesignStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(IN_PROGRESS);
            case IN_PROGRESS -> Set.of(DRAFT, READY_FOR_REVIEW);
            case READY_FOR_REVIEW -> Set.of(IN_PROGRESS, APPROVED, UNDER_MODIFICATION);
            case APPROVED -> Set.of(ACTIVE, UNDER_MODIFICATION);
            case ACTIVE -> Set.of(UNDER_MODIFICATION, RETIRED);
            case UNDER_MODIFICATION -> Set.of(IN_PROGRESS, READY_FOR_REVIEW);
            case RETIRED -> Set.of(ACTIVE);
        };
    }
}
