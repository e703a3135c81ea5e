package org.gatehouse.access;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Who is signed in for this request: the one answer every page, service and the audit log read, instead
 * of looking the user up by e-mail. The sign-in mechanism reads the user once when the request begins and
 * leaves them here as a {@link Caller}; nothing of it comes from the client.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    /** The signed-in user; empty when nobody is signed in, or there is no request at all (timers, start-up). */
    public Optional<Caller> find() {
        try {
            return request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller caller ? Optional.of(caller) : Optional.empty();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return Optional.empty();
        }
    }

    /** @throws NoAccessScopeException when nobody is signed in */
    public Caller get() {
        return find().orElseThrow(NoAccessScopeException::new);
    }
}
