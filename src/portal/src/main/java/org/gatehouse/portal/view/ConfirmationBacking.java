package org.gatehouse.portal.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gatehouse.registration.RegistrationService;
import org.gatehouse.validation.InvalidInputException;

/**
 * The confirmation page ({@code confirm.xhtml?token=...}) opened from the registration mail: opening it
 * confirms the address. Without a link (from the sign-in page) or with a spent one, it offers "send me a
 * new link", which answers alike for every address.
 */
@Named("confirmation")
@RequestScoped
public class ConfirmationBacking {

    @Inject
    RegistrationService registrationService;

    @Inject
    FacesContext facesContext;

    private String token;
    private String problem;
    private boolean confirmed;
    private String email;
    private boolean resent;

    /** Confirms on opening the link; the page then says the contact can sign in, or why not. Without a link, it offers a new one. */
    public void confirm() {
        if (facesContext.isPostback() || token == null) {
            return;
        }
        try {
            registrationService.confirm(token);
            confirmed = true;
        } catch (InvalidInputException refusal) {
            problem = refusal.getMessage();
        }
    }

    public void resend() {
        registrationService.resendConfirmation(email);
        resent = true;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** Why the link did not confirm, or null. */
    public String getProblem() {
        return problem;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isResent() {
        return resent;
    }
}
