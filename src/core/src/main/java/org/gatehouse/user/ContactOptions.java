package org.gatehouse.user;

import java.io.Serializable;
import org.gatehouse.access.CaseVisibility;
import org.gatehouse.identity.UserAccount;

/** The options that set what a customer contact sees and may do in the portal, besides their categories (seeds 001 to 004). */
public record ContactOptions(CaseVisibility caseVisibility, boolean groupLevel, boolean companyAdministrator,
                             boolean assignedWorkOrdersOnly, boolean approvesDesigns) implements Serializable {

    public static ContactOptions of(UserAccount contact) {
        return new ContactOptions(contact.getCaseVisibility(), contact.isGroupLevel(), contact.isCompanyAdministrator(),
                contact.isAssignedWorkOrdersOnly(), contact.isApprovesDesigns());
    }

    public static ContactOptions of(Contact contact) {
        return new ContactOptions(contact.getCaseVisibility(), contact.isGroupLevel(), contact.isCompanyAdministrator(),
                contact.isAssignedWorkOrdersOnly(), contact.isApprovesDesigns());
    }

    /** Whether these options let the contact see anything the {@code earlier} ones did not. */
    public boolean widen(ContactOptions earlier) {
        return groupLevel && !earlier.groupLevel
                || caseVisibility == CaseVisibility.COMPANY && earlier.caseVisibility != CaseVisibility.COMPANY
                || companyAdministrator && !earlier.companyAdministrator
                || !assignedWorkOrdersOnly && earlier.assignedWorkOrdersOnly;
    }

    /** The options in words, for the audit trail, e.g. {@code case visibility COMPANY, group-level}. */
    public String describe() {
        return "case visibility " + caseVisibility + (groupLevel ? ", group-level" : "") + (companyAdministrator ? ", company administrator" : "")
                + (assignedWorkOrdersOnly ? ", assigned work orders only" : "") + (approvesDesigns ? ", approves designs" : "");
    }
}
