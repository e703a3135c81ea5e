package org.gatehouse.cases;

/**
 * The portal's case lists (seed 003). Each narrows what the contact's scope already allows; a
 * contact is offered only the views their options give them.
 */
public enum CaseView {
    MY("My cases"),
    /** With company case visibility: every case of the contact's company (or company tree). */
    COMPANY("Company cases"),
    /** With category read access: the category's cases that are not closed. */
    OPEN_GROUP("Open group cases"),
    ALL_GROUP("All group cases"),
    CLOSED_GROUP("Closed group cases");

    private final String label;

    CaseView(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
