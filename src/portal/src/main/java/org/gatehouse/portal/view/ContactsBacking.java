package org.gatehouse.portal.view;

import org.gatehouse.web.PageMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.user.CompanyContactService;
import org.gatehouse.validation.InvalidInputException;
import org.gatehouse.web.NotFound;

/**
 * The contacts page ({@code contacts.xhtml}) of a company administrator: their company's contacts, inviting a
 * colleague, deactivating and reactivating. For any other contact the page does not exist (404).
 */
@Named
@ViewScoped
public class ContactsBacking implements Serializable {

    @Inject
    CompanyContactService companyContactService;

    @Inject
    FacesContext facesContext;

    private CompanyContactListModel contacts;
    private String search;
    private String inviteEmail;
    private String inviteName;

    public void load() throws IOException {
        if (!companyContactService.administers()) {
            NotFound.answer(facesContext);
            return;
        }
        contacts = new CompanyContactListModel(companyContactService, search);
    }

    public void apply() {
        contacts = new CompanyContactListModel(companyContactService, search);
    }

    public void invite() {
        try {
            companyContactService.invite(inviteEmail, inviteName);
            PageMessages.done("An invitation is on its way to " + inviteEmail.strip() + ".");
            inviteEmail = null;
            inviteName = null;
        } catch (InvalidInputException refusal) {
            refuse(refusal.getField() == null ? null : "invite" + Character.toUpperCase(refusal.getField().charAt(0)) + refusal.getField().substring(1),
                    refusal.getMessage());
        } catch (WriteNotAllowedException refusal) {
            PageMessages.refused(refusal);
        }
    }

    public void deactivate(long contactId, String name) {
        change(() -> companyContactService.deactivate(contactId), name + " is deactivated and signed out everywhere.");
    }

    public void reactivate(long contactId, String name) {
        change(() -> companyContactService.reactivate(contactId), name + " can sign in again.");
    }

    public boolean canChange(long contactId) {
        return companyContactService.canChange(contactId);
    }

    private void change(Runnable change, String done) {
        try {
            change.run();
            PageMessages.done(done);
        } catch (InvalidInputException | WriteNotAllowedException | RecordNotFoundException refusal) {
            // not found: the contact left the company's list since the page was shown, or never was on it
            PageMessages.refused(refusal instanceof RecordNotFoundException ? "This contact is not one of your company's." : refusal.getMessage());
        }
    }

    private void refuse(String field, String message) {
        facesContext.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        facesContext.validationFailed();
    }

    public CompanyContactListModel getContacts() {
        return contacts;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getInviteName() {
        return inviteName;
    }

    public void setInviteName(String inviteName) {
        this.inviteName = inviteName;
    }
}
