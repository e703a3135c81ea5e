package org.gatehouse.company;

/** The orders a customer list offers; each ends on the id so that pages never overlap. */
public enum CustomerSort {
    NAME("name", "c.name"), GROUP("groupCode", "g.name");

    /** The {@link CustomerRow} property a list column sorts by. */
    final String property;
    final String path;

    CustomerSort(String property, String path) {
        this.property = property;
        this.path = path;
    }

    /** The order for a column's property; unknown properties sort by name. */
    public static CustomerSort byProperty(String property) {
        for (CustomerSort sort : values()) {
            if (sort.property.equals(property)) {
                return sort;
            }
        }
        return NAME;
    }
}
