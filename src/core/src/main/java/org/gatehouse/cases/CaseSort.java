package org.gatehouse.cases;

/** The orders a case list offers; each ends on the id so that pages never overlap. */
public enum CaseSort {
    UPDATED("updatedAt", "c.updatedAt"), TITLE("title", "c.title"), STATUS("status", "c.status"), TYPE("type", "c.type"),
    CUSTOMER("customerName", "co.name"), ASSIGNEE("assigneeName", "a.displayName"), ID("id", "c.id");

    /** The {@link CaseRow} property a list column sorts by. */
    final String property;
    final String path;

    CaseSort(String property, String path) {
        this.property = property;
        this.path = path;
    }

    /** The order for a column's property; unknown properties sort by last update. */
    public static CaseSort byProperty(String property) {
        for (CaseSort sort : values()) {
            if (sort.property.equals(property)) {
                return sort;
            }
        }
        return UPDATED;
    }
}
