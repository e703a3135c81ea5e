package org.gatehouse.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.user.MyAccount;
import org.gatehouse.user.MyAccountService;
import org.gatehouse.validation.InvalidInputException;

/** "My account" ({@code my-account.xhtml}) in both applications: name, password and case mail of the signed-in user. */
@Named
@ViewScoped
public class MyAccountBacking implements Serializable {

    @Inject
    MyAccountService myAccountService;

    @Inject
    SignInMechanism signInMechanism;

    private MyAccount account;
    private String displayName;
    private boolean caseMail;
    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    @PostConstruct
    void init() {
        reload();
    }

    public void saveProfile() {
        act(() -> myAccountService.rename(displayName), "Your name is saved.");
    }

    public void changePassword() {
        act(() -> {
            myAccountService.changePassword(currentPassword, newPassword, repeatedPassword);
            // the new password ends every other session of this user; this one stays
            signInMechanism.keepAfterNewPassword((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        }, "Your password is changed. Your other sessions are signed out; use the new password the next time you sign in.");
        currentPassword = null;
        newPassword = null;
        repeatedPassword = null;
    }

    public void saveCaseMail() {
        act(() -> myAccountService.setCaseMail(caseMail), caseMail ? "You will get these mails." : "You will not get these mails any more.");
    }

    /** The case-mail choice in the words of the user's kind: what "my cases" means differs for each. */
    public String getCaseMailLabel() {
        return switch (account.getKind()) {
            case CUSTOMER -> account.isCategoryReadAccess()
                    ? "E-mail me about my cases and my group's cases: new comments and status changes"
                    : "E-mail me about my cases: new comments and status changes";
            case PARTNER -> "E-mail me about case events of my customers";
            case INTERNAL -> "E-mail me about cases assigned to me";
        };
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            reload();
            PageMessages.done(done);
        } catch (InvalidInputException | WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
    }

    private void reload() {
        account = myAccountService.get();
        displayName = account.getDisplayName();
        caseMail = account.isCaseMail();
    }

    public MyAccount getAccount() {
        return account;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public boolean isCaseMail() {
        return caseMail;
    }

    public void setCaseMail(boolean caseMail) {
        this.caseMail = caseMail;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
