package org.gatehouse.company;

import java.io.Serializable;

/** One line of a customer list (a bean: pages read it through EL properties). */
public final class CustomerRow implements Serializable {

    private final long id;
    private final String name;
    private final String groupCode;

    public CustomerRow(long id, String name, String groupName, String groupSuffix) {
        this.id = id;
        this.name = name;
        this.groupCode = groupName + "-" + groupSuffix;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getGroupCode() {
        return groupCode;
    }
}
