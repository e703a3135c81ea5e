package org.gatehouse.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gatehouse.access.RecordNotFoundException;

/**
 * The one answer a page gives for a record that is missing or outside the user's scope: the same
 * 404, so ids cannot be probed.
 */
public final class NotFound {

    private NotFound() {
    }

    /**
     * Reads the page's record, by its id from the address, with all the page shows; a missing id, or a record missing or
     * out of sight, answers 404.
     *
     * @return whether the record was read
     */
    public static boolean read(FacesContext facesContext, Long id, Runnable read) throws IOException {
        if (id != null) {
            try {
                read.run();
                return true;
            } catch (RecordNotFoundException notInSight) {
                // answered below, exactly as a missing id
            }
        }
        answer(facesContext);
        return false;
    }

    /** Sends the not-found page instead of the page being rendered. */
    public static void answer(FacesContext facesContext) throws IOException {
        facesContext.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
        facesContext.responseComplete();
    }
}
