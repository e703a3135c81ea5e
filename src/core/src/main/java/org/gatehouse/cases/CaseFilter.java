package org.gatehouse.cases;

import java.io.Serializable;

/**
 * What a case list asks for, inside the user's scope; every part is optional.
 *
 * @param customerId only this customer's cases
 * @param view       a portal view; null lists everything in scope
 * @param status     only cases in this status
 * @param text       part of the title
 * @param viewer     whose view it is: set by the service to the signed-in user, never by a page
 */
public record CaseFilter(Long customerId, CaseView view, CaseStatus status, String text, Long viewer) implements Serializable {

    public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null);

    public static CaseFilter ofCustomer(Long customerId) {
        return new CaseFilter(customerId, null, null, null, null);
    }

    /** A portal view; the service makes it the signed-in contact's own. */
    public static CaseFilter ofView(CaseView view) {
        return new CaseFilter(null, view, null, null, null);
    }

    public CaseFilter forViewer(long userId) {
        return new CaseFilter(customerId, view, status, text, userId);
    }
}
