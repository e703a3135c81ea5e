package org.gatehouse.backoffice.view.users;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.LongConsumer;
import org.gatehouse.access.AccessReport;
import org.gatehouse.access.CustomerAccess;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.user.UserAdministration;
import org.gatehouse.user.UserRow;
import org.gatehouse.validation.InvalidInputException;
import org.gatehouse.web.ActiveUser;
import org.gatehouse.web.NotFound;

/**
 * {@code users/user.xhtml?id=N}: one user, with resend, reset and (de)activate for those who may manage
 * them; a user outside the scope answers 404 like a missing one.
 */
@Named
@ViewScoped
public class UserBacking implements Serializable {

    @Inject
    UserAdministration userAdministration;

    @Inject
    FacesContext facesContext;

    @Inject
    AccessReport accessReport;

    @Inject
    ActiveUser activeUser;

    private Long id;
    private UserRow user;
    /** The address typed into the e-mail form. */
    private String email;
    private List<CustomerAccess> sight;
    /** Whether a staff or partner user gets case mail, for administrators; null for a contact, who chooses it themselves. */
    private Boolean caseMail;

    public void load() throws IOException {
        try {
            user = id == null ? null : userAdministration.get(id);
        } catch (RecordNotFoundException e) {
            user = null;
        }
        if (user == null) {
            NotFound.answer(facesContext);
        } else if (activeUser.isAdmin()) {
            loadCaseMail();
        }
    }

    /** Administrators set up case mail for partner users (seed 001) and staff. */
    public void switchCaseMail() {
        userAdministration.setCaseMail(id, !caseMail);
        loadCaseMail();
        facesContext.addMessage(null, new FacesMessage(caseMail
                ? user.getDisplayName() + " will get e-mail about case events."
                : user.getDisplayName() + " will not get e-mail about case events any more."));
    }

    private void loadCaseMail() {
        try {
            caseMail = userAdministration.caseMail(id);
        } catch (RecordNotFoundException contact) {
            caseMail = null;
        }
    }

    public void resend() {
        act(userAdministration::resend, "A new invitation is on its way to " + user.getEmail() + "; the earlier link no longer works.");
    }

    public void changeEmail() {
        act(userId -> userAdministration.changeEmail(userId, email), "The e-mail address is changed; links sent to the old one no longer work.");
        email = user.getEmail();
    }

    public String getEmail() {
        return email == null ? user.getEmail() : email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void resetPassword() {
        act(userAdministration::resetPassword, "A link to choose a new password is on its way to " + user.getEmail() + ".");
    }

    public void deactivate() {
        act(userAdministration::deactivate, user.getDisplayName() + " is deactivated and signed out everywhere.");
    }

    public void reactivate() {
        act(userAdministration::reactivate, user.getDisplayName() + " can sign in again.");
    }

    private void act(LongConsumer action, String done) {
        try {
            action.accept(id);
            user = userAdministration.get(id);
            facesContext.addMessage(null, new FacesMessage(done));
        } catch (InvalidInputException | WriteNotAllowedException e) {
            facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    /** "What can this user see?" (administrators): their customers with the reasons, loaded when shown. */
    public List<CustomerAccess> getSight() {
        if (sight == null) {
            sight = accessReport.customersOf(id);
        }
        return sight;
    }

    public boolean isSeesEverything() {
        return accessReport.seesEverything(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Boolean getCaseMail() {
        return caseMail;
    }

    public UserRow getUser() {
        return user;
    }
}
