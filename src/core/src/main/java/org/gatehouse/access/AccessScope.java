package org.gatehouse.access;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one signed-in user may see and change: the only place that turns memberships, grants,
 * hierarchy and categories into breadth (shared/ACCESS-MODEL.md). Immutable; computed once per
 * request and bound to the persistence context, where {@code @AdditionalCriteria} on every
 * customer-owned entity filters each read by it.
 */
public final class AccessScope {

    /** 1 when the user sees every customer (an internal admin), else 0. */
    public static final String ALL = "scopeAll";
    /** Customers all of whose records the user sees (READ or WRITE). */
    public static final String FULL = "scopeFull";
    /** A contact's companies: records there are visible when their audience includes the contact. */
    public static final String BREADTH = "scopeBreadth";
    /** Requesters whose records a contact sees in their breadth: themselves and their read-access category. */
    public static final String REQUESTERS = "scopeRequesters";

    /** A LIKE pattern matching a record's sight when it lists the signed-in contact ({@code %,12,%}); nothing for anyone else. */
    public static final String SIGHT = "scopeSight";
    /** The signed-in user's id: a contact always sees their own user record. */
    public static final String USER = "scopeUser";
    /** Customers whose contacts the user sees: staff and partners their customers, a company administrator their company. */
    public static final String CONTACTS_OF = "scopeContactsOf";

    /** 1 for back-office users (operator staff and partners), who see records of every audience; else 0. */
    public static final String BACK_OFFICE = "scopeBackOffice";

    /**
     * The JPQL rule for every customer-owned record ({@link CustomerRecord}; {@code this} is the record): the back
     * office sees every record of its customers; a contact the records of their companies whose audience
     * includes them (the requester's records: their own, their category's, or all with company-wide sight).
     */
    public static final String RECORD_CRITERIA = "(:" + ALL + " = 1 or (:" + BACK_OFFICE + " = 1 and this.customerId in :" + FULL + ")"
            + " or (:" + BACK_OFFICE + " = 0 and this.customerId in :" + BREADTH + " and (this.audience = 'CUSTOMER'"
            + " or (this.audience = 'REQUESTER' and (this.customerId in :" + FULL
            + " or this.requesterId in :" + REQUESTERS + "))"
            + " or (this.audience = 'CONTACTS' and this.sight like :" + SIGHT + "))))";
    /** The JPQL rule for customer companies; {@code this} is the company. */
    public static final String CUSTOMER_CRITERIA = "(this.kind = org.gatehouse.company.CompanyKind.CUSTOMER and (:" + ALL + " = 1 or this.id in :" + FULL
            + " or this.id in :" + BREADTH + "))";
    /** The JPQL rule for customer contacts' user records; {@code this} is the user. */
    public static final String CONTACT_CRITERIA = "(this.kind = org.gatehouse.access.UserKind.CUSTOMER and (:" + ALL + " = 1 or this.id = :" + USER
            + " or this.companyId in :" + CONTACTS_OF + "))";

    /** Ids are positive: an IN list holding only this matches nothing (SQL has no empty IN list). */
    private static final List<Long> NOTHING = List.of(-1L);

    private final long userId;
    private final UserKind kind;
    private final boolean everything;
    private final Map<Long, AccessLevel> customers;
    private final Set<Long> breadth;
    private final Set<Long> requesters;
    private final Set<Long> contactsOf;
    /** An internal user's customer-group memberships with their level; empty for everyone else. */
    private final Map<Long, AccessLevel> groups;
    private final boolean readOnly;

    private AccessScope(long userId, UserKind kind, boolean everything, Map<Long, AccessLevel> customers,
                        Set<Long> breadth, Set<Long> requesters, Set<Long> contactsOf, Map<Long, AccessLevel> groups) {
        this(userId, kind, everything, customers, breadth, requesters, contactsOf, groups, false);
    }

    private AccessScope(long userId, UserKind kind, boolean everything, Map<Long, AccessLevel> customers, Set<Long> breadth,
                        Set<Long> requesters, Set<Long> contactsOf, Map<Long, AccessLevel> groups, boolean readOnly) {
        this.userId = userId;
        this.kind = kind;
        this.everything = everything;
        this.customers = Map.copyOf(customers);
        this.breadth = Set.copyOf(breadth);
        this.requesters = Set.copyOf(requesters);
        this.contactsOf = Set.copyOf(contactsOf);
        this.groups = Map.copyOf(groups);
        this.readOnly = readOnly;
    }

    /** The same sight without any right to change: a "view as" session. */
    public AccessScope readOnly() {
        return new AccessScope(userId, kind, everything, customers, breadth, requesters, contactsOf, groups, true);
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Staff and partners: every record of their customers, contacts included. */
    private static AccessScope ofCustomers(long userId, UserKind kind, Map<Long, AccessLevel> customers, Map<Long, AccessLevel> groups) {
        return new AccessScope(userId, kind, false, customers, Set.of(), Set.of(), customers.keySet(), groups);
    }

    /** Reads the user's memberships, grants, hierarchy and category read access, as they are now. */
    public static AccessScope compute(EntityManager em, long userId) {
        List<?> rows = em.createNativeQuery("""
                select kind, company_id, admin, active, case_visibility, group_level, company_administrator
                from user_account where id = ?1""").setParameter(1, userId).getResultList();
        if (rows.isEmpty()) {
            return nothing(userId, UserKind.CUSTOMER);
        }
        Object[] user = (Object[]) rows.get(0);
        UserKind kind = UserKind.valueOf((String) user[0]);
        long companyId = ((Number) user[1]).longValue();
        if (!(Boolean) user[3]) {
            return nothing(userId, kind);
        }
        return switch (kind) {
            case INTERNAL -> (Boolean) user[2]
                    ? new AccessScope(userId, kind, true, Map.of(), Set.of(), Set.of(), Set.of(), Map.of())
                    : ofCustomers(userId, kind, levels(em.createNativeQuery("""
                            select c.id, max(m.level)
                            from group_membership m join company c on c.customer_group_id = m.customer_group_id
                            where m.user_id = ?1 and c.kind = 'CUSTOMER'
                            group by c.id""").setParameter(1, userId).getResultList()),
                            levels(em.createNativeQuery("select customer_group_id, level from group_membership where user_id = ?1")
                                    .setParameter(1, userId).getResultList()));
            case PARTNER -> ofCustomers(userId, kind, levels(em.createNativeQuery("""
                    with recursive reach(id, level, subtree) as (
                        select g.customer_id, g.level, g.include_subtree
                        from company_access_grant g
                        where g.grantee_company_id = ?1 or g.grantee_user_id = ?2
                           or g.grantee_user_group_id in (select user_group_id from user_group_member where user_id = ?2)
                        union
                        select c.id, r.level, true from company c join reach r on c.parent_id = r.id where r.subtree
                    )
                    select r.id, max(r.level) from reach r join company c on c.id = r.id
                    where c.kind = 'CUSTOMER' group by r.id""")
                    .setParameter(1, companyId).setParameter(2, userId).getResultList()), Map.of());
            case CUSTOMER -> contactScope(em, userId, companyId,
                    CaseVisibility.valueOf((String) user[4]), (Boolean) user[5], (Boolean) user[6]);
        };
    }

    private static AccessScope contactScope(EntityManager em, long userId, long companyId,
                                            CaseVisibility visibility, boolean groupLevel, boolean companyAdministrator) {
        Set<Long> breadth = breadthOf(em, companyId, groupLevel);
        Map<Long, AccessLevel> full = new HashMap<>();
        if (visibility == CaseVisibility.COMPANY) {
            breadth.forEach(id -> full.put(id, AccessLevel.READ));
        }
        Set<Long> requesters = new HashSet<>();
        requesters.add(userId);
        requesters.addAll(ids(em.createNativeQuery("""
                select m.contact_id from category_read_access a join category_member m on m.category_id = a.category_id
                where a.contact_id = ?1""").setParameter(1, userId).getResultList()));
        return new AccessScope(userId, UserKind.CUSTOMER, false, full, breadth, requesters,
                companyAdministrator ? Set.of(companyId) : Set.of(), Map.of());
    }

    /** A contact's companies: their own, and for a group-level contact every customer below it, as the tree is now. */
    public static Set<Long> breadthOf(EntityManager em, long companyId, boolean groupLevel) {
        Set<Long> breadth = new HashSet<>();
        breadth.add(companyId);
        if (groupLevel) {
            breadth.addAll(ids(em.createNativeQuery("""
                    with recursive below(id) as (
                        select id from company where parent_id = ?1
                        union
                        select c.id from company c join below b on c.parent_id = b.id
                    )
                    select b.id from below b join company c on c.id = b.id where c.kind = 'CUSTOMER'""")
                    .setParameter(1, companyId).getResultList()));
        }
        return breadth;
    }

    private static AccessScope nothing(long userId, UserKind kind) {
        return new AccessScope(userId, kind, false, Map.of(), Set.of(), Set.of(), Set.of(), Map.of());
    }

    private static Map<Long, AccessLevel> levels(List<?> rows) {
        Map<Long, AccessLevel> levels = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            levels.put(((Number) columns[0]).longValue(), AccessLevel.valueOf((String) columns[1]));
        }
        return levels;
    }

    private static Set<Long> ids(List<?> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(id -> ids.add(((Number) id).longValue()));
        return ids;
    }

    /** Sets the parameters of every entity's {@code @AdditionalCriteria} for this persistence context. */
    public void bindTo(EntityManager em) {
        em.setProperty(ALL, everything ? 1 : 0);
        em.setProperty(FULL, orNothing(customers.keySet()));
        em.setProperty(BREADTH, orNothing(breadth));
        em.setProperty(REQUESTERS, orNothing(requesters));
        // only an active contact has requesters (themselves): anyone else has no contact record of their own to see
        em.setProperty(USER, requesters.isEmpty() ? NOTHING.get(0) : userId);
        // a record's sight is '' or ',12,45,': the pattern '-' matches none
        em.setProperty(SIGHT, requesters.isEmpty() ? "-" : "%," + userId + ",%");
        em.setProperty(CONTACTS_OF, orNothing(contactsOf));
        em.setProperty(BACK_OFFICE, kind == UserKind.CUSTOMER ? 0 : 1);
    }

    private static List<Long> orNothing(Collection<Long> ids) {
        return ids.isEmpty() ? NOTHING : List.copyOf(ids);
    }

    public long userId() {
        return userId;
    }

    public UserKind kind() {
        return kind;
    }

    /** An internal admin: every customer, with WRITE. */
    public boolean everything() {
        return everything;
    }

    /** Customers whose every record this user sees, with the level; empty for an admin (see {@link #everything()}). */
    public Map<Long, AccessLevel> customers() {
        return Collections.unmodifiableMap(customers);
    }

    /** A contact's companies (own company, and its subtree for a group-level contact); empty for staff and partners. */
    public Set<Long> breadth() {
        return breadth;
    }

    /**
     * Whether this user sees every one of these customers: an admin all, staff and partners their customers,
     * a contact their breadth. Nobody gives another user sight of a customer they do not see themselves.
     */
    public boolean seesAllOf(Collection<Long> customerIds) {
        return everything || (kind == UserKind.CUSTOMER ? breadth : customers.keySet()).containsAll(customerIds);
    }

    /** Whether this user may change records of the customer (operator staff and partners only). */
    public boolean canWrite(long customerId) {
        return !readOnly && kind != UserKind.CUSTOMER && (everything || customers.get(customerId) == AccessLevel.WRITE);
    }

    /**
     * Whether this user may comment on, and attach files to, a case they see: staff and partners with WRITE
     * on its customer; a contact on every case they see (their scope already limits which), never in "view as".
     */
    public boolean canComment(long customerId) {
        return kind == UserKind.CUSTOMER ? !readOnly && breadth.contains(customerId) : canWrite(customerId);
    }

    /**
     * Whether this user may change a case's status: staff and partners with WRITE on its customer; a contact
     * closes their own cases and, with a category read access, those of the category ("view and update", seed 003).
     */
    public boolean canUpdateCase(long customerId, Long requesterId) {
        return kind == UserKind.CUSTOMER
                ? !readOnly && breadth.contains(customerId) && requesterId != null && requesters.contains(requesterId)
                : canWrite(customerId);
    }

    /** The company whose contacts a company administrator sees and manages; empty for everyone else. */
    public Optional<Long> administeredCompany() {
        return kind == UserKind.CUSTOMER ? contactsOf.stream().findFirst() : Optional.empty();
    }

    /** Whether this user may invite, deactivate and reactivate the company's contacts in the portal: its company administrator, never in "view as". */
    public boolean canManageContactsOf(long companyId) {
        return !readOnly && administeredCompany().filter(company -> company == companyId).isPresent();
    }

    /**
     * Whether this user may put customers into the customer group, or take them out of it: an admin, or an
     * internal user with WRITE membership (seed 000 step 13a).
     */
    public boolean canWriteGroup(long groupId) {
        return !readOnly && (everything || groups.get(groupId) == AccessLevel.WRITE);
    }

    @Override
    public String toString() {
        return "AccessScope[user " + userId + ", " + kind + (everything ? ", everything" : ", customers " + customers.keySet()
                + (kind == UserKind.CUSTOMER ? ", breadth " + breadth + ", requesters " + requesters : "")) + "]";
    }
}
