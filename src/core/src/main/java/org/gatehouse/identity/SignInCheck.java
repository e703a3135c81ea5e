package org.gatehouse.identity;

import java.time.Instant;

/** What {@link SignInFailures} answers before a password is checked. */
public sealed interface SignInCheck {

    /** The password may be checked; the attempt counts as a failure until {@link SignInFailures#admitted} forgets it. */
    record Counted(long failureId) implements SignInCheck {
    }

    /**
     * Refused without checking the password, until {@code retryAt}.
     *
     * @param byAddress true when the client address had too many failures, false when the e-mail had
     */
    record Throttled(Instant retryAt, boolean byAddress) implements SignInCheck {
    }
}
