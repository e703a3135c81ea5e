package org.gatehouse.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.gatehouse.identity.SignInAttempt;

/** The sign-in page of both applications; each application's identity store decides who is admitted. */
@Named("signIn")
@RequestScoped
public class SignInBacking {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    @Inject
    SignInAttempt signInAttempt;

    private String email;
    private String password;
    private boolean failed;

    public void submit() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(email, new Password(password))));
        switch (status) {
            case SUCCESS -> external.redirect(SignInMechanism.continueTo(request).orElse(external.getRequestContextPath() + "/"));
            case SEND_CONTINUE -> facesContext.responseComplete();
            default -> {
                // start over: a refused attempt leaves nothing in the session for the next request to act on,
                // but where the person was going, a path of this application, for when the next attempt succeeds
                Optional<String> continueTo = SignInMechanism.continueTo(request);
                external.invalidateSession();
                continueTo.ifPresent(path -> SignInMechanism.continueTo(request, path));
                failed = true;
            }
        }
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = facesContext.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** True after a refused attempt; the page says so without telling which part was wrong. */
    public boolean isFailed() {
        return failed && !isAwaitingConfirmation();
    }

    /** True after the right password for a registered address that is not confirmed yet. */
    public boolean isAwaitingConfirmation() {
        return failed && signInAttempt.isAwaitingConfirmation();
    }

    /** True after an attempt refused by sign-in throttling, whatever the password. */
    public boolean isThrottled() {
        return failed && signInAttempt.getRetryAt() != null;
    }

    /** When a throttled attempt may be tried again, in the page's words. */
    public String getRetryAdvice() {
        Instant retryAt = signInAttempt.getRetryAt();
        if (retryAt == null) {
            return null;
        }
        long minutes = Math.max(1, (Duration.between(Clock.systemUTC().instant(), retryAt).toSeconds() + 59) / 60);
        return "Too many attempts: please try again in " + minutes + (minutes == 1 ? " minute" : " minutes")
                + " (after " + TIME.format(retryAt) + ").";
    }
}
