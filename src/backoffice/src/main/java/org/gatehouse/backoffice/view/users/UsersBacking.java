package org.gatehouse.backoffice.view.users;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.company.Company;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.user.UserAdministration;
import org.gatehouse.user.UserRow;
import org.gatehouse.validation.InvalidInputException;
import org.gatehouse.web.ActiveUser;

/** {@code users/index.xhtml}: the users the signed-in staff member sees, and the invitation form. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    @Inject
    UserAdministration userAdministration;

    @Inject
    ActiveUser activeUser;

    @Inject
    FacesContext facesContext;

    private List<UserRow> contacts;
    private List<UserRow> staffAndPartners;
    private List<Company> companies;
    private String email;
    private String displayName;
    private Long companyId;

    @PostConstruct
    void load() {
        contacts = userAdministration.contacts();
        staffAndPartners = activeUser.isAdmin() ? userAdministration.staffAndPartners() : List.of();
        companies = userAdministration.invitableCompanies();
    }

    public void invite() {
        try {
            UserAccount invited = userAdministration.invite(email, displayName, companyId == null ? -1 : companyId);
            facesContext.addMessage(null, new FacesMessage("Invitation sent to " + invited.getEmail() + "."));
            email = null;
            displayName = null;
            companyId = null;
            load();
        } catch (InvalidInputException e) {
            facesContext.addMessage(e.getField(), new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public List<UserRow> getContacts() {
        return contacts;
    }

    public List<UserRow> getStaffAndPartners() {
        return staffAndPartners;
    }

    public List<Company> getCompanies() {
        return companies;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }
}
