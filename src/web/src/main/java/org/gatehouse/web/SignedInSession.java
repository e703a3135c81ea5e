package org.gatehouse.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.gatehouse.identity.SignedInUser;

/**
 * What a signed-in session keeps of its user: the id, the password generation they signed in with, and
 * when. Everything else is read from the database on every request ({@link SignInMechanism}).
 */
record SignedInSession(long userId, int sessionGeneration, Instant signedInAt) implements Serializable {

    /**
     * Whether the session may go on for the user as they are now: still active and confirmed, the same
     * password as at sign-in, and signed in less than {@code maxAge} ago however active since.
     */
    boolean holdsFor(SignedInUser user, Instant now, Duration maxAge) {
        return user.id() == userId && user.active() && user.emailConfirmed()
                && user.sessionGeneration() == sessionGeneration
                && now.isBefore(signedInAt.plus(maxAge));
    }
}
