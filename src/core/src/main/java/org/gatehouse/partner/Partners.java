package org.gatehouse.partner;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gatehouse.access.UserKind;
import org.gatehouse.company.Company;
import org.gatehouse.company.CompanyKind;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;

/**
 * Partner companies and their user groups (seed 001), and the rules for changing them: unique names,
 * members only from the partner's own users, no deleting a user group that still holds company access.
 * Partners are not customer-owned records, so there is no scope here; only admins reach this class,
 * through {@link PartnerService}.
 */
public class Partners {

    private static final int NAME_LENGTH = 200;
    private static final int GROUP_NAME_LENGTH = 100;

    private final EntityManager em;

    public Partners(EntityManager em) {
        this.em = em;
    }

    /** One page of the partner companies, by name, on the database. */
    public List<PartnerRow> page(int first, int size) {
        return em.createQuery("select new org.gatehouse.partner.PartnerRow(c.id, c.name,"
                        + " (select count(u) from UserAccount u where u.company = c), (select count(g) from UserGroup g where g.company = c))"
                        + " from Company c where c.kind = :partner order by c.name, c.id", PartnerRow.class)
                .setParameter("partner", CompanyKind.PARTNER)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(c) from Company c where c.kind = :partner", Long.class)
                .setParameter("partner", CompanyKind.PARTNER).getSingleResult();
    }

    /** The partner company, or empty when there is no partner with this id. */
    public Optional<Company> find(long id) {
        return Optional.ofNullable(em.find(Company.class, id)).filter(company -> company.getKind() == CompanyKind.PARTNER);
    }

    public Company create(String name) {
        String partnerName = validName(name, NAME_LENGTH, "Please enter the company name.");
        boolean taken = !em.createQuery("select c.id from Company c where c.kind = :partner and lower(c.name) = lower(:name)")
                .setParameter("partner", CompanyKind.PARTNER).setParameter("name", partnerName).getResultList().isEmpty();
        if (taken) {
            throw new InvalidInputException("name", "There is already a partner named " + partnerName + ": please choose another name.");
        }
        Company partner = Company.partner(partnerName);
        em.persist(partner);
        em.flush();
        return partner;
    }

    /** The partner's users, by name. */
    public List<UserAccount> users(Company partner) {
        return em.createQuery("select u from UserAccount u where u.company = :partner order by u.displayName, u.id", UserAccount.class)
                .setParameter("partner", partner).getResultList();
    }

    /** The partner's user groups, by name. */
    public List<UserGroup> userGroups(Company partner) {
        return em.createQuery("select g from UserGroup g where g.company = :partner order by g.name, g.id", UserGroup.class)
                .setParameter("partner", partner).getResultList();
    }

    /** The user group, or empty when there is none of a partner with this id. */
    public Optional<UserGroup> findUserGroup(long id) {
        return Optional.ofNullable(em.find(UserGroup.class, id)).filter(group -> group.getCompany().getKind() == CompanyKind.PARTNER);
    }

    public UserGroup createUserGroup(Company partner, String name) {
        String groupName = validGroupName(partner, name, null);
        UserGroup group = new UserGroup(groupName, partner);
        em.persist(group);
        em.flush();
        return group;
    }

    public void renameUserGroup(UserGroup group, String name) {
        group.setName(validGroupName(group.getCompany(), name, group.getId()));
        em.flush();
    }

    /** Deletes a user group that holds no company access, with its memberships. */
    public void deleteUserGroup(UserGroup group) {
        long grants = em.createQuery("select count(g) from CompanyAccessGrant g where g.granteeUserGroup = :group", Long.class)
                .setParameter("group", group).getSingleResult();
        if (grants > 0) {
            throw new InvalidInputException(null, group.getName() + " still has company access to " + grants + (grants == 1 ? " customer" : " customers")
                    + ": revoke it on the customer's Company access tab before deleting the group.");
        }
        em.remove(group);
        em.flush();
    }

    /** The group's members, by name. */
    public List<UserAccount> members(UserGroup group) {
        return group.getMembers().stream().sorted(Comparator.comparing(UserAccount::getDisplayName).thenComparing(UserAccount::getId)).toList();
    }

    /** The partner's active users who are not yet members of the group. */
    public List<UserAccount> candidates(UserGroup group) {
        return users(group.getCompany()).stream().filter(user -> user.isActive() && !group.getMembers().contains(user)).toList();
    }

    /**
     * Makes the user a member of the group or no member; only users of the group's partner can be members.
     *
     * @return whether anything changed
     */
    public boolean setMember(UserGroup group, UserAccount user, boolean member) {
        if (user.getKind() != UserKind.PARTNER || user.getCompany() != group.getCompany()) {
            throw new InvalidInputException("member", "Only users of " + group.getCompany().getName() + " can be members of its user groups.");
        }
        boolean changed = member ? group.getMembers().add(user) : group.getMembers().remove(user);
        em.flush();
        return changed;
    }

    private String validGroupName(Company partner, String name, Long except) {
        String groupName = validName(name, GROUP_NAME_LENGTH, "Please enter a name for the user group.");
        boolean taken = !em.createQuery("select g.id from UserGroup g where g.company = :partner and lower(g.name) = lower(:name) and g.id <> :except")
                .setParameter("partner", partner).setParameter("name", groupName).setParameter("except", except == null ? -1L : except)
                .getResultList().isEmpty();
        if (taken) {
            throw new InvalidInputException("name", partner.getName() + " already has a user group named " + groupName + ": please choose another name.");
        }
        return groupName;
    }

    private static String validName(String name, int length, String missing) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", missing);
        }
        if (trimmed.length() > length) {
            throw new InvalidInputException("name", "A name has at most " + length + " characters.");
        }
        return trimmed;
    }
}
