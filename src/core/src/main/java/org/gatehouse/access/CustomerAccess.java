package org.gatehouse.access;

import java.util.List;

/** One customer a user may see, and why: a line of "What can this user see?". */
public record CustomerAccess(long customerId, String customerName, List<AccessReason> reasons) {

    /** The strongest level any of the reasons gives. */
    public AccessLevel level() {
        return reasons.stream().map(AccessReason::level).reduce(AccessLevel.READ, AccessLevel::max);
    }
}
