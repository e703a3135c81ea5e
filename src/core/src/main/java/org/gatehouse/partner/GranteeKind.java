package org.gatehouse.partner;

/** Who company access can be granted to (seed 001): the partner company, one of its user groups, or one of its users. */
public enum GranteeKind {
    PARTNER_COMPANY("Partner company"), USER_GROUP("User group"), USER("Partner user");

    private final String label;

    GranteeKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
