package org.gatehouse.access;

/**
 * One reason why a user may see a record, in words an administrator understands.
 *
 * @param kind   which rule of the access model applies
 * @param level  what it allows (contacts' reasons are READ: they work on records through the portal)
 * @param detail the membership, grant, company or category involved
 */
public record AccessReason(Kind kind, AccessLevel level, String detail) {

    public enum Kind {
        ADMINISTRATOR,
        GROUP_MEMBERSHIP,
        GRANT_TO_COMPANY,
        GRANT_TO_USER_GROUP,
        GRANT_TO_USER,
        CONTACT_BREADTH,
        SHARED_WITH_CUSTOMER,
        /** Made visible, or assigned, to the contact: an asset or one above it (seed 004). */
        MADE_VISIBLE,
        OWN_RECORD,
        COMPANY_CASE_VISIBILITY,
        CATEGORY_READ_ACCESS
    }

    @Override
    public String toString() {
        return kind + " (" + level + "): " + detail;
    }
}
