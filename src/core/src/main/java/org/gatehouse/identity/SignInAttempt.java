package org.gatehouse.identity;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;

/**
 * What the sign-in page may say about a refused attempt beyond "not right": that the right password was
 * given for an address still waiting for confirmation, or when a throttled attempt may be tried again
 * (which says nothing about the password: it was not checked). Set by {@link AccountIdentityStore} in the request.
 */
@RequestScoped
public class SignInAttempt {

    private boolean awaitingConfirmation;
    private Instant retryAt;

    public boolean isAwaitingConfirmation() {
        return awaitingConfirmation;
    }

    void awaitingConfirmation() {
        awaitingConfirmation = true;
    }

    /** When a throttled attempt may be tried again; null when it was not throttled. */
    public Instant getRetryAt() {
        return retryAt;
    }

    void throttled(Instant retryAt) {
        this.retryAt = retryAt;
    }
}
