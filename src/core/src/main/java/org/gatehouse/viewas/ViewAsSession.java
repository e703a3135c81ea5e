package org.gatehouse.viewas;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import org.gatehouse.access.ViewAsGrant;

/**
 * In a portal session opened by "view as": who is really looking, and as whom. Empty otherwise. The
 * grant itself is a session attribute that only the sign-in mechanism sets, at sign-in with a redeemed
 * ticket; this bean shows it to pages (the audit log reads it from {@code access.CurrentUser}).
 */
@Named
@SessionScoped
public class ViewAsSession implements Serializable {

    /** The session attribute holding the {@link ViewAsGrant}. */
    public static final String ATTRIBUTE = "gatehouse.view-as";

    @Inject
    HttpServletRequest request;

    public boolean isActive() {
        return getGrant() != null;
    }

    /** The actor and contact, or null outside "view as". */
    public ViewAsGrant getGrant() {
        // the request's session of the moment: the one this bean began with may have been invalidated since
        HttpSession session = request.getSession(false);
        return session == null ? null : (ViewAsGrant) session.getAttribute(ATTRIBUTE);
    }
}
