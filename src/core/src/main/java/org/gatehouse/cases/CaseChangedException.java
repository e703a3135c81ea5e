package org.gatehouse.cases;

import jakarta.ejb.ApplicationException;

/**
 * The case was changed by someone else since the page that asks for a change showed it: the change is refused
 * rather than made over theirs, and the page shows the case as it is now. Nothing was changed.
 */
@ApplicationException(rollback = true)
public class CaseChangedException extends RuntimeException {

    public CaseChangedException() {
        super("Someone changed this case while you had it open, so your change was not made. It now shows what it is:"
                + " make your change again if it is still needed.");
    }
}
