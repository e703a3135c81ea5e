package org.gatehouse.partner;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.company.Company;
import org.gatehouse.identity.UserAccount;

/** Partner companies, their users and user groups (seed 001): for admins only, every change audited. */
@Stateless
@RolesAllowed(Role.ADMIN)
public class PartnerService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    private Partners partners;

    @PostConstruct
    void init() {
        partners = new Partners(em);
    }

    public List<PartnerRow> page(int first, int size) {
        return partners.page(first, size);
    }

    public long count() {
        return partners.count();
    }

    public Optional<Company> find(long id) {
        return partners.find(id);
    }

    public Company create(String name) {
        Company created = partners.create(name);
        auditLog.record("partner.create", null, subject(created), null, created.getName());
        return created;
    }

    public List<UserAccount> users(long partnerId) {
        return partners.users(get(partnerId));
    }

    public List<UserGroup> userGroups(long partnerId) {
        return partners.userGroups(get(partnerId));
    }

    public Optional<UserGroup> findUserGroup(long id) {
        return partners.findUserGroup(id);
    }

    public List<UserAccount> members(long userGroupId) {
        return partners.members(getUserGroup(userGroupId));
    }

    public List<UserAccount> candidates(long userGroupId) {
        return partners.candidates(getUserGroup(userGroupId));
    }

    public UserGroup createUserGroup(long partnerId, String name) {
        UserGroup created = partners.createUserGroup(get(partnerId), name);
        auditLog.record("usergroup.create", null, subject(created), null, created.getName());
        return created;
    }

    public UserGroup renameUserGroup(long userGroupId, String name) {
        UserGroup group = getUserGroup(userGroupId);
        String before = group.getName();
        partners.renameUserGroup(group, name);
        auditLog.record("usergroup.rename", null, subject(group), before, group.getName());
        return group;
    }

    public void deleteUserGroup(long userGroupId) {
        UserGroup group = getUserGroup(userGroupId);
        String subject = subject(group);
        partners.deleteUserGroup(group);
        auditLog.record("usergroup.delete", null, subject, group.getName(), null);
    }

    /** Adds the user to the group, or takes them out of it. */
    public void setMember(long userGroupId, long userId, boolean member) {
        UserGroup group = getUserGroup(userGroupId);
        UserAccount user = Optional.ofNullable(em.find(UserAccount.class, userId)).orElseThrow(() -> new RecordNotFoundException("User", userId));
        if (partners.setMember(group, user, member)) {
            auditLog.record("usergroup.member", null, subject(group),
                    member ? null : user.getEmail(), member ? user.getEmail() : null);
        }
    }

    private Company get(long partnerId) {
        return partners.find(partnerId).orElseThrow(() -> new RecordNotFoundException("Partner", partnerId));
    }

    private UserGroup getUserGroup(long userGroupId) {
        return partners.findUserGroup(userGroupId).orElseThrow(() -> new RecordNotFoundException("User group", userGroupId));
    }

    private static String subject(Company partner) {
        return "Partner " + partner.getId() + " \"" + partner.getName() + "\"";
    }

    private static String subject(UserGroup group) {
        return "User group " + group.getId() + " \"" + group.getName() + "\"";
    }
}
