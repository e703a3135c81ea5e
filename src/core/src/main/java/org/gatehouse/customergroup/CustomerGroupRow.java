package org.gatehouse.customergroup;

import java.io.Serializable;

/** One line of the customer-group list (a bean: pages read it through EL properties). */
public final class CustomerGroupRow implements Serializable {

    private final long id;
    private final String code;
    private final long customers;

    public CustomerGroupRow(long id, String name, String suffix, long customers) {
        this.id = id;
        this.code = name + "-" + suffix;
        this.customers = customers;
    }

    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public long getCustomers() {
        return customers;
    }
}
