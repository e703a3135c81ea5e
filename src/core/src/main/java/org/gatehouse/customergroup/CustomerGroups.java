package org.gatehouse.customergroup;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.gatehouse.access.AccessLevel;
import org.gatehouse.access.UserKind;
import org.gatehouse.company.Company;
import org.gatehouse.company.CustomerGroup;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;

/**
 * The installation's customer groups and the rules for changing them: unique names, unique codes
 * even when groups are created at the same moment, no deleting a group that still has customers.
 * Groups are not customer-owned records, so there is no scope here; only admins reach this class,
 * through {@link CustomerGroupService}.
 */
public class CustomerGroups {

    private static final int NAME_LENGTH = 100;

    private final EntityManager em;

    public CustomerGroups(EntityManager em) {
        this.em = em;
    }

    /** One page of the groups, by name, on the database. */
    public List<CustomerGroupRow> page(int first, int size) {
        return em.createQuery("select new org.gatehouse.customergroup.CustomerGroupRow(g.id, g.name, g.suffix,"
                        + " (select count(c) from Company c where c.customerGroup = g))"
                        + " from CustomerGroup g order by g.name, g.id", CustomerGroupRow.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(g) from CustomerGroup g", Long.class).getSingleResult();
    }

    public Optional<CustomerGroup> find(long id) {
        return Optional.ofNullable(em.find(CustomerGroup.class, id));
    }

    /**
     * Creates a group with a random unused suffix. Two groups created at the same moment may pick the
     * same suffix: the database's unique constraint lets only one insert through (without failing the
     * transaction, thanks to {@code on conflict do nothing}) and the other picks again.
     */
    public CustomerGroup create(String name) {
        String groupName = validName(name);
        while (true) {
            List<?> free = em.createNativeQuery("""
                    select to_char(s, 'FM0000') from generate_series(0, 9999) s
                    where to_char(s, 'FM0000') not in (select suffix from customer_group)
                    order by random() limit 1""").getResultList();
            if (free.isEmpty()) {
                throw new InvalidInputException("name", "All 10,000 group codes are in use: delete a group you no longer need first.");
            }
            // the id straight from the sequence: EclipseLink only ever hands out the 50 ids below a value it drew itself
            long id = ((Number) em.createNativeQuery("select nextval('customer_group_seq')").getSingleResult()).longValue();
            int inserted = em.createNativeQuery("insert into customer_group (id, name, suffix) values (?1, ?2, ?3) on conflict do nothing")
                    .setParameter(1, id).setParameter(2, groupName).setParameter(3, free.get(0))
                    .executeUpdate();
            if (inserted == 1) {
                return em.find(CustomerGroup.class, id);
            }
            if (nameTaken(groupName, null)) {
                throw duplicateName(groupName);
            }
        }
    }

    /** Renames the group; its suffix, and so the number part of its code, stays. */
    public void rename(CustomerGroup group, String name) {
        String groupName = validName(name);
        if (nameTaken(groupName, group.getId())) {
            throw duplicateName(groupName);
        }
        group.setName(groupName);
        em.flush();
    }

    /** Deletes a group no customer is in, with its memberships. */
    public void delete(CustomerGroup group) {
        long customers = em.createQuery("select count(c) from Company c where c.customerGroup = :group", Long.class)
                .setParameter("group", group).getSingleResult();
        if (customers > 0) {
            throw new InvalidInputException(null, group.getCode() + " still has " + customers + (customers == 1 ? " customer" : " customers")
                    + ": move " + (customers == 1 ? "it" : "them") + " to another group before deleting the group.");
        }
        em.createQuery("delete from GroupMembership m where m.customerGroup = :group").setParameter("group", group).executeUpdate();
        em.remove(group);
        em.flush();
    }

    /** The group's members, by name. */
    public List<GroupMembership> members(CustomerGroup group) {
        return em.createQuery("select m from GroupMembership m join fetch m.user u where m.customerGroup = :group"
                + " order by u.displayName, u.id", GroupMembership.class).setParameter("group", group).getResultList();
    }

    /** The operator's active staff who are not yet members of the group. */
    public List<UserAccount> candidates(CustomerGroup group) {
        return em.createQuery("select u from UserAccount u where u.kind = :internal and u.active = true and not exists"
                        + " (select m from GroupMembership m where m.user = u and m.customerGroup = :group)"
                        + " order by u.displayName, u.id", UserAccount.class)
                .setParameter("internal", UserKind.INTERNAL).setParameter("group", group).getResultList();
    }

    /**
     * Makes the user a member with READ or WRITE, or no member when {@code level} is null.
     *
     * @return the level before, null when the user was no member
     */
    public AccessLevel setMember(CustomerGroup group, UserAccount user, AccessLevel level) {
        if (user.getKind() != UserKind.INTERNAL) {
            throw new InvalidInputException("member", "Only the operator's staff can be members of a customer group.");
        }
        Optional<GroupMembership> membership = em.createQuery("select m from GroupMembership m where m.customerGroup = :group and m.user = :user",
                GroupMembership.class).setParameter("group", group).setParameter("user", user).getResultStream().findFirst();
        AccessLevel before = membership.map(GroupMembership::getLevel).orElse(null);
        if (membership.isPresent() && level == null) {
            em.remove(membership.get());
        } else if (membership.isPresent()) {
            membership.get().setLevel(level);
        } else if (level != null) {
            em.persist(new GroupMembership(group, user, level));
        }
        em.flush();
        return before;
    }

    private boolean nameTaken(String name, Long except) {
        return !em.createQuery("select g.id from CustomerGroup g where lower(g.name) = lower(:name) and g.id <> :except")
                .setParameter("name", name).setParameter("except", except == null ? -1L : except).getResultList().isEmpty();
    }

    private static String validName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "Please enter a name for the group.");
        }
        if (trimmed.length() > NAME_LENGTH) {
            throw new InvalidInputException("name", "A group name has at most " + NAME_LENGTH + " characters.");
        }
        return trimmed;
    }

    private static InvalidInputException duplicateName(String name) {
        return new InvalidInputException("name", "There is already a group named " + name + ": please choose another name.");
    }
}
