package org.gatehouse.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.gatehouse.identity.PasswordService;
import org.gatehouse.validation.InvalidInputException;

/** The set-password page of both applications ({@code password.xhtml?token=...}), opened from an invitation or reset mail. */
@Named
@ViewScoped
public class PasswordBacking implements Serializable {

    @Inject
    PasswordService passwordService;

    @Inject
    FacesContext facesContext;

    private String token;
    private String password;
    private String repeated;
    private String problem;
    private boolean done;

    /** Says at once when the link cannot be used, before anyone types a password. */
    public void check() {
        problem = passwordService.linkProblem(token).orElse(null);
    }

    public void submit() {
        try {
            passwordService.setPassword(token, password, repeated);
            done = true;
        } catch (InvalidInputException e) {
            facesContext.addMessage(e.getField(), new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            if (e.getField() == null) {
                problem = e.getMessage();
            }
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    /** Why the link cannot be used, or null. */
    public String getProblem() {
        return problem;
    }

    public boolean isDone() {
        return done;
    }
}
