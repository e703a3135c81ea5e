package org.gatehouse.backoffice.view.partners;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.gatehouse.web.PageMessages;
import org.gatehouse.partner.PartnerService;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.partner.UserGroup;
import org.gatehouse.validation.InvalidInputException;
import org.gatehouse.web.NotFound;

/** One user group of a partner ({@code partners/user-group.xhtml?id=N}): its name, its members, deleting it. */
@Named
@ViewScoped
public class UserGroupBacking implements Serializable {

    @Inject
    PartnerService partnerService;

    @Inject
    FacesContext facesContext;

    private Long id;
    private UserGroup group;
    private String name;
    private List<UserAccount> members;
    private List<UserAccount> candidates;
    private Long newMember;

    public void load() throws IOException {
        group = id == null ? null : partnerService.findUserGroup(id).orElse(null);
        if (group == null) {
            NotFound.answer(facesContext);
        } else {
            name = group.getName();
            loadMembers();
        }
    }

    private void loadMembers() {
        members = partnerService.members(id);
        candidates = partnerService.candidates(id);
    }

    public void rename() {
        try {
            group = partnerService.renameUserGroup(id, name);
            PageMessages.done("Renamed to " + group.getName() + ".");
        } catch (InvalidInputException refusal) {
            PageMessages.refused(refusal);
        }
    }

    public void addMember() {
        try {
            partnerService.setMember(id, newMember, true);
            newMember = null;
            loadMembers();
            PageMessages.done("Member added.");
        } catch (InvalidInputException refusal) {
            PageMessages.refused(refusal);
        }
    }

    public void removeMember(long userId) {
        partnerService.setMember(id, userId, false);
        loadMembers();
        PageMessages.done("Member removed.");
    }

    public String delete() {
        try {
            partnerService.deleteUserGroup(id);
            PageMessages.doneAfterRedirect("User group " + group.getName() + " deleted.");
            return "/partners/partner?faces-redirect=true&id=" + group.getCompany().getId();
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

    public UserGroup getGroup() {
        return group;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<UserAccount> getMembers() {
        return members;
    }

    public List<UserAccount> getCandidates() {
        return candidates;
    }

    public Long getNewMember() {
        return newMember;
    }

    public void setNewMember(Long newMember) {
        this.newMember = newMember;
    }
}
