package org.gatehouse.customergroup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatehouse.access.AccessLevel;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.company.Customer;
import org.gatehouse.company.CustomerGroup;
import org.gatehouse.identity.UserAccount;

/** Customer groups and their members ("Add / manage groups", seed 000): for admins only, every change audited. */
@Stateless
@RolesAllowed(Role.ADMIN)
public class CustomerGroupService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    private CustomerGroups groups;

    @PostConstruct
    void init() {
        groups = new CustomerGroups(em);
    }

    public List<CustomerGroupRow> page(int first, int size) {
        return groups.page(first, size);
    }

    public long count() {
        return groups.count();
    }

    public Optional<CustomerGroup> find(long id) {
        return groups.find(id);
    }

    public List<GroupMembership> members(long groupId) {
        return groups.members(get(groupId));
    }

    public List<UserAccount> candidates(long groupId) {
        return groups.candidates(get(groupId));
    }

    /** Creates the group; its code (name plus a new suffix) is in the answer. */
    public CustomerGroup create(String name) {
        CustomerGroup created = groups.create(name);
        auditLog.record("group.create", null, subject(created), null, created.getCode());
        return created;
    }

    public CustomerGroup rename(long groupId, String name) {
        CustomerGroup group = get(groupId);
        String before = group.getCode();
        groups.rename(group, name);
        auditLog.record("group.rename", null, subject(group), before, group.getCode());
        return group;
    }

    /**
     * Sets members' levels in one go: READ or WRITE, or no member where the level is null.
     *
     * @param levels by user id
     */
    public void setMembers(long groupId, Map<Long, AccessLevel> levels) {
        CustomerGroup group = get(groupId);
        levels.forEach((userId, level) -> {
            UserAccount user = Optional.ofNullable(em.find(UserAccount.class, userId)).orElseThrow(() -> new RecordNotFoundException("User", userId));
            AccessLevel before = groups.setMember(group, user, level);
            if (before != level) {
                auditLog.record("group.member", null, subject(group) + ", member " + user.getEmail(),
                        before == null ? null : before.name(), level == null ? null : level.name());
            }
        });
    }

    public void delete(long groupId) {
        CustomerGroup group = get(groupId);
        String code = group.getCode();
        groups.delete(group);
        auditLog.record("group.delete", null, "Customer group " + code, code, null);
    }

    private CustomerGroup get(long groupId) {
        return groups.find(groupId).orElseThrow(() -> new RecordNotFoundException("Customer group", groupId));
    }

    private static String subject(CustomerGroup group) {
        return "Customer group " + group.getId() + " " + group.getCode();
    }
}
