package org.gatehouse.access;

import java.util.List;

/**
 * "Who can see this?" as one viewer may be told it: the users they may know of, with the reasons, and
 * how many others see the record too, without their names (contacts of companies outside the viewer's scope).
 */
public record WhoCanSee(List<UserAccess> users, int othersNotShown) {

    public WhoCanSee {
        users = List.copyOf(users);
    }
}
