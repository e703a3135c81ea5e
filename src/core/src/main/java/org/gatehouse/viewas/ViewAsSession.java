package org.gatehouse.viewas;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** In a portal session opened by "view as": who is really looking, and as whom. Empty otherwise. */
@Named
@SessionScoped
public class ViewAsSession implements Serializable {

    private ViewAsGrant grant;

    public void start(ViewAsGrant grant) {
        this.grant = grant;
    }

    public boolean isActive() {
        return grant != null;
    }

    /** The actor and contact, or null outside "view as". */
    public ViewAsGrant getGrant() {
        return grant;
    }
}
