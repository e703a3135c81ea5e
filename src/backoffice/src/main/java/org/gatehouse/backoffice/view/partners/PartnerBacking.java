package org.gatehouse.backoffice.view.partners;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.web.PageMessages;
import org.gatehouse.company.Company;
import org.gatehouse.partner.CompanyAccessService;
import org.gatehouse.partner.GrantRow;
import org.gatehouse.partner.PartnerService;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.partner.UserGroup;
import org.gatehouse.validation.InvalidInputException;
import org.gatehouse.web.NotFound;

/**
 * One partner company ({@code partners/partner.xhtml?id=N}): its users (read-only here), its user
 * groups and a new one, and the company access it holds, its user groups' and users' included.
 */
@Named
@ViewScoped
public class PartnerBacking implements Serializable {

    @Inject
    PartnerService partnerService;

    @Inject
    CompanyAccessService accessService;

    @Inject
    FacesContext facesContext;

    private Long id;
    private Company partner;
    private List<UserAccount> users;
    private List<UserGroup> userGroups;
    private List<GrantRow> grants;
    private String groupName;

    public void load() throws IOException {
        partner = id == null ? null : partnerService.find(id).orElse(null);
        if (partner == null) {
            NotFound.answer(facesContext);
            return;
        }
        users = partnerService.users(id);
        userGroups = partnerService.userGroups(id);
        grants = accessService.heldBy(id);
    }

    public String createUserGroup() {
        try {
            UserGroup created = partnerService.createUserGroup(id, groupName);
            return "/partners/user-group?faces-redirect=true&id=" + created.getId();
        } catch (InvalidInputException refusal) {
            PageMessages.refused(refusal);
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Company getPartner() {
        return partner;
    }

    public List<UserAccount> getUsers() {
        return users;
    }

    public List<UserGroup> getUserGroups() {
        return userGroups;
    }

    public List<GrantRow> getGrants() {
        return grants;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }
}
