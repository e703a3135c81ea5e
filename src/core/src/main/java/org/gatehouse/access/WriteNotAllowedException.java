package org.gatehouse.access;

import jakarta.ejb.ApplicationException;

/** The caller may see the customer but holds only READ on it. Nothing was changed. */
@ApplicationException(rollback = true)
public class WriteNotAllowedException extends RuntimeException {

    public WriteNotAllowedException() {
        super("You can see this customer but not change it: your access is read-only.");
    }

    /** A refusal with its own reason, e.g. a "view as" session, which changes nothing at all. */
    public WriteNotAllowedException(String message) {
        super(message);
    }
}
