package org.gatehouse.partner;

import java.io.Serializable;

/** One line of the partner list (a bean: pages read it through EL properties). */
public final class PartnerRow implements Serializable {

    private final long id;
    private final String name;
    private final long users;
    private final long userGroups;

    public PartnerRow(long id, String name, long users, long userGroups) {
        this.id = id;
        this.name = name;
        this.users = users;
        this.userGroups = userGroups;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getUsers() {
        return users;
    }

    public long getUserGroups() {
        return userGroups;
    }
}
