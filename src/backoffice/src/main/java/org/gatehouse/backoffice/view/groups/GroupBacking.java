package org.gatehouse.backoffice.view.groups;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gatehouse.access.AccessLevel;
import org.gatehouse.web.PageMessages;
import org.gatehouse.company.CustomerGroup;
import org.gatehouse.customergroup.CustomerGroupService;
import org.gatehouse.customergroup.GroupMembership;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;
import org.gatehouse.web.NotFound;

/** One customer group ({@code groups/group.xhtml?id=N}): its name, its members with READ or WRITE, deleting it. */
@Named
@ViewScoped
public class GroupBacking implements Serializable {

    @Inject
    CustomerGroupService groupService;

    @Inject
    FacesContext facesContext;

    private Long id;
    private CustomerGroup group;
    private String name;
    private List<GroupMembership> members;
    /** The level each member shows on the page, by user id; empty for "not a member". */
    private final Map<Long, String> levels = new HashMap<>();
    private List<UserAccount> candidates;
    private Long newMember;
    private AccessLevel newLevel = AccessLevel.READ;

    public void load() throws IOException {
        group = id == null ? null : groupService.find(id).orElse(null);
        if (group == null) {
            NotFound.answer(facesContext);
        } else {
            name = group.getName();
            loadMembers();
        }
    }

    private void loadMembers() {
        members = groupService.members(id);
        levels.clear();
        members.forEach(member -> levels.put(member.getUser().getId(), member.getLevel().name()));
        candidates = groupService.candidates(id);
    }

    public void rename() {
        try {
            group = groupService.rename(id, name);
            PageMessages.done("Renamed: the group's code is now " + group.getCode() + ".");
        } catch (InvalidInputException refusal) {
            PageMessages.refused(refusal);
        }
    }

    public void saveMembers() {
        Map<Long, AccessLevel> changed = new HashMap<>();
        levels.forEach((user, level) -> changed.put(user, level == null || level.isEmpty() ? null : AccessLevel.valueOf(level)));
        groupService.setMembers(id, changed);
        loadMembers();
        PageMessages.done("Members saved.");
    }

    public void addMember() {
        try {
            groupService.setMembers(id, Map.of(newMember, newLevel));
            newMember = null;
            loadMembers();
            PageMessages.done("Member added.");
        } catch (InvalidInputException refusal) {
            PageMessages.refused(refusal);
        }
    }

    public String delete() {
        try {
            groupService.delete(id);
            PageMessages.doneAfterRedirect("Customer group " + group.getCode() + " deleted.");
            return "/groups/index?faces-redirect=true";
        } catch (InvalidInputException refusal) {
            PageMessages.refused(refusal);
            return null;
        }
    }

    public AccessLevel[] getAccessLevels() {
        return AccessLevel.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CustomerGroup getGroup() {
        return group;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<GroupMembership> getMembers() {
        return members;
    }

    public Map<Long, String> getLevels() {
        return levels;
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

    public AccessLevel getNewLevel() {
        return newLevel;
    }

    public void setNewLevel(AccessLevel newLevel) {
        this.newLevel = newLevel;
    }
}
