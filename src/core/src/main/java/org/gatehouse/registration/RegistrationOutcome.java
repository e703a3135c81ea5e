package org.gatehouse.registration;

import java.time.Instant;
import org.gatehouse.identity.UserAccount;

/** What became of a registration; the service turns it into mail, audit entries and the answer on the page. */
public sealed interface RegistrationOutcome {

    /** A new customer company in the code's group, with the registrant as its first contact, waiting for confirmation. */
    record Registered(UserAccount contact) implements RegistrationOutcome {
    }

    /** The e-mail already has an account: nothing was created, and the page must not tell. */
    record AddressInUse(UserAccount owner) implements RegistrationOutcome {
    }

    /** No group has this code; the refusal was counted against the client address. */
    record UnknownCode() implements RegistrationOutcome {
    }

    /** Too many unknown codes came from the client address lately: refused whatever the code, until then. */
    record Throttled(Instant retryAt) implements RegistrationOutcome {
    }
}
