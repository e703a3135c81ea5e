package org.gatehouse.cases;

import java.io.Serializable;

/**
 * What a case list asks for, inside the user's scope; every part is optional.
 *
 * @param customerId      only this customer's cases
 * @param customerName    only customers whose name contains this
 * @param customerGroupId only cases of customers in this customer group
 * @param view            a portal view; null lists everything in scope
 * @param status          only cases in this status
 * @param type            only cases of this type
 * @param assigneeId      only cases assigned to this internal user
 * @param unassigned      only cases nobody is assigned to
 * @param text            part of the title, or the case number
 * @param viewer          whose view it is: set by the service to the signed-in user, never by a page
 */
public record CaseFilter(Long customerId, String customerName, Long customerGroupId, CaseView view, CaseStatus status, CaseType type,
                         Long assigneeId, boolean unassigned, String text, Long viewer) implements Serializable {

    public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null);

    /** The portal's filter: a view, a status and a title. */
    public CaseFilter(Long customerId, CaseView view, CaseStatus status, String text, Long viewer) {
        this(customerId, null, null, view, status, null, null, false, text, viewer);
    }

    public static CaseFilter ofCustomer(Long customerId) {
        return new CaseFilter(customerId, null, null, null, null);
    }

    /** A portal view; the service makes it the signed-in contact's own. */
    public static CaseFilter ofView(CaseView view) {
        return new CaseFilter(null, view, null, null, null);
    }

    public CaseFilter forViewer(long userId) {
        return new CaseFilter(customerId, customerName, customerGroupId, view, status, type, assigneeId, unassigned, text, userId);
    }
}
