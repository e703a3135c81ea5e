package org.gatehouse.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.gatehouse.identity.PasswordService;

/** "Forgot password?" in both applications: the answer is the same whether the address is known or not. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    PasswordService passwordService;

    private String email;
    private boolean sent;

    public void submit() {
        passwordService.requestReset(email);
        sent = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
