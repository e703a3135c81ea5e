package org.gatehouse.user;

import jakarta.enterprise.context.RequestScoped;

/**
 * What the sign-in page may say about a refused attempt beyond "not right": only that the right password
 * was given for an address still waiting for confirmation. Set by {@link AccountIdentityStore} in the request.
 */
@RequestScoped
public class SignInAttempt {

    private boolean awaitingConfirmation;

    public boolean isAwaitingConfirmation() {
        return awaitingConfirmation;
    }

    void awaitingConfirmation() {
        awaitingConfirmation = true;
    }
}
