package org.gatehouse.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one answer a page gives for a record that is missing or outside the user's scope: the same
 * 404, so ids cannot be probed.
 */
public final class NotFound {

    private NotFound() {
    }

    /** Sends the not-found page instead of the page being rendered. */
    public static void answer(FacesContext facesContext) throws IOException {
        facesContext.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
        facesContext.responseComplete();
    }
}
