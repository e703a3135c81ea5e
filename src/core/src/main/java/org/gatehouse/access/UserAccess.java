package org.gatehouse.access;

import java.util.List;

/** One user who may see a record, and why: a line of "Who can see this?". */
public record UserAccess(long userId, String email, String displayName, UserKind kind, List<AccessReason> reasons) {

    /** The strongest level any of the reasons gives. */
    public AccessLevel level() {
        return reasons.stream().map(AccessReason::level).reduce(AccessLevel.READ, AccessLevel::max);
    }
}
