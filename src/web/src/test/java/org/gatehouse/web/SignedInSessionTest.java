package org.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.gatehouse.access.UserKind;
import org.gatehouse.identity.SignedInUser;
import org.junit.jupiter.api.Test;

/** When a signed-in session ends by itself: what the sign-in mechanism asks on every request. */
class SignedInSessionTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-25T08:00:00Z");
    private static final Duration TWELVE_HOURS = Duration.ofHours(12);
    private static final SignedInSession SESSION = new SignedInSession(7, 3, SIGNED_IN);

    @Test
    void aSessionHoldsForItsUserAsTheyWereAtSignIn() {
        assertThat(SESSION.holdsFor(user(true, true, 3), SIGNED_IN.plus(Duration.ofHours(11)), TWELVE_HOURS)).isTrue();
    }

    @Test
    void aNewPasswordEndsTheSessionsSignedInWithTheOldOne() {
        assertThat(SESSION.holdsFor(user(true, true, 4), SIGNED_IN.plusSeconds(60), TWELVE_HOURS)).isFalse();
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverActive() {
        assertThat(SESSION.holdsFor(user(true, true, 3), SIGNED_IN.plus(TWELVE_HOURS), TWELVE_HOURS)).isFalse();
    }

    @Test
    void aDeactivatedOrUnconfirmedUsersSessionEnds() {
        assertThat(SESSION.holdsFor(user(false, true, 3), SIGNED_IN.plusSeconds(60), TWELVE_HOURS)).isFalse();
        assertThat(SESSION.holdsFor(user(true, false, 3), SIGNED_IN.plusSeconds(60), TWELVE_HOURS)).isFalse();
    }

    private static SignedInUser user(boolean active, boolean confirmed, int sessionGeneration) {
        return new SignedInUser(7, "alice@alpha.test", UserKind.CUSTOMER, active, false, confirmed, sessionGeneration, "Alice", false);
    }
}
