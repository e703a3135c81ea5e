package org.gatehouse.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gatehouse.access.Caller;
import org.gatehouse.identity.AccountIdentityStore;
import org.gatehouse.identity.SignedInUser;
import org.gatehouse.identity.SignedInUsers;
import org.gatehouse.identity.ViewAsCredential;
import org.gatehouse.access.ViewAsGrant;
import org.gatehouse.viewas.ViewAsService;
import org.gatehouse.viewas.ViewAsSession;

/**
 * How both applications sign people in and keep them signed in. Sign-in checks the credential with the
 * application's identity store, renews the session id and keeps only the user's id in the session. Every
 * request then reads that user as they are now ({@link SignedInUsers}: one query) and tells the container
 * who the caller is with a fresh principal and the roles just read. So a deactivation, a new password or a
 * changed role takes effect on the next request everywhere, and no request ever reuses a principal kept in
 * the session: Payara 6's session-reuse path for {@code @AutoApplySession} loses a caller's groups under
 * concurrent load (FISH-7515), and this mechanism never takes it.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    /** The session attribute of a signed-in session; nothing else of the user is kept in the session. */
    static final String SIGNED_IN = "gatehouse.signed-in";
    /** Where a person was going when they were asked to sign in. */
    static final String CONTINUE_TO = "gatehouse.continue-to";

    /** The application's own (back office or portal); @Any because those beans also carry the @FacesConfig qualifier. */
    @Inject
    @Any
    AccountIdentityStore identityStore;

    @Inject
    SignedInUsers signedInUsers;

    @Inject
    ViewAsService viewAsService;

    /** However active, a session ends this long after sign-in (besides web.xml's idle timeout). */
    @Inject
    @ConfigProperty(name = "gatehouse.session.max-hours", defaultValue = "12")
    int maxHours;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        try {
            try {
                return decide(request, response, context);
            } catch (RuntimeException failure) {
                // in an outage the database read of every request fails first: the same 503 page as everywhere else
                if (FailureLog.answeredAsOutage(request, response, failure)) {
                    response.flushBuffer();
                    return AuthenticationStatus.SEND_CONTINUE;
                }
                throw failure;
            }
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
    }

    private AuthenticationStatus decide(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws IOException {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(credential, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SIGNED_IN) instanceof SignedInSession signedIn)) {
            return anonymous(request, response, context);
        }
        if (!context.isProtected() && request.getServletPath().startsWith("/jakarta.faces.resource")) {
            return context.doNothing(); // scripts and styles need nobody: spare the query
        }
        ViewAsGrant viewAs = (ViewAsGrant) session.getAttribute(ViewAsSession.ATTRIBUTE);
        Optional<SignedInUser> user = signedInUsers.find(signedIn.userId()).filter(now -> stillSignedIn(signedIn, now, viewAs));
        if (user.isEmpty()) {
            session.invalidate();
            return anonymous(request, response, context);
        }
        return admit(request, context, user.get(), viewAs);
    }

    /**
     * Keeps the current session signed in after its user set a new password, which ends all their other
     * sessions; the session gets a new id too.
     */
    public void keepAfterNewPassword(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedInSession signedIn) {
            signedInUsers.find(signedIn.userId()).ifPresent(user -> {
                request.changeSessionId();
                session.setAttribute(SIGNED_IN, new SignedInSession(user.id(), user.sessionGeneration(), signedIn.signedInAt()));
            });
        }
    }

    /** Remembers where a person is going once signed in: a path of this application. */
    static void continueTo(HttpServletRequest request, String path) {
        request.getSession().setAttribute(CONTINUE_TO, path);
    }

    /** Takes the address a person was sent to sign in from, if any: a path of this application. */
    static Optional<String> continueTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(CONTINUE_TO) instanceof String path)) {
            return Optional.empty();
        }
        session.removeAttribute(CONTINUE_TO);
        return Optional.of(path);
    }

    private AuthenticationStatus signIn(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStore.validate(credential);
        Optional<SignedInUser> user = result.getStatus() == CredentialValidationResult.Status.VALID
                ? signedInUsers.find(Long.parseLong(result.getCallerUniqueId()))
                : Optional.empty();
        if (user.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // a new session id for the signed-in session: an id planted before sign-in is worth nothing after it
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        } else {
            session = request.getSession(true);
        }
        session.setAttribute(SIGNED_IN, new SignedInSession(user.get().id(), user.get().sessionGeneration(), Instant.now()));
        ViewAsGrant viewAs = credential instanceof ViewAsCredential ticket ? ticket.grant() : null;
        session.setAttribute(ViewAsSession.ATTRIBUTE, viewAs);
        return admit(request, context, user.get(), viewAs);
    }

    private boolean stillSignedIn(SignedInSession session, SignedInUser user, ViewAsGrant viewAs) {
        return session.holdsFor(user, Instant.now(), Duration.ofHours(maxHours)) && identityStore.admits(user.kind())
                && (viewAs == null || viewAsService.stillAllowed(viewAs));
    }

    private static AuthenticationStatus admit(HttpServletRequest request, HttpMessageContext context, SignedInUser user, ViewAsGrant viewAs) {
        request.setAttribute(Caller.REQUEST_ATTRIBUTE, user.caller(viewAs));
        return context.notifyContainerAboutLogin(user.email(), user.roles());
    }

    /** Nobody is signed in: public pages open, everything else asks to sign in first. */
    private static AuthenticationStatus anonymous(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws IOException {
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String signInPage = request.getContextPath() + "/login.xhtml";
        if (AjaxRedirect.isAjax(request)) {
            AjaxRedirect.send(response, signInPage);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            continueTo(request, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return context.redirect(signInPage);
    }
}
