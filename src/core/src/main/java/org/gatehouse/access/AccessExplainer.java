package org.gatehouse.access;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Says why a user may see a record: which membership, grant, hierarchy link or category, or that
 * nothing does (an empty list). It reads the same tables as {@link AccessScope#compute}, record by
 * record, so the two can be checked against each other.
 */
public class AccessExplainer {

    private final EntityManager em;
    /** Whose question "Who can see this?" answers; null for an answer in full (tests, the model's checks). */
    private final AccessScope viewer;

    /** Answers in full: every user, every company named. */
    public AccessExplainer(EntityManager em) {
        this(em, null);
    }

    /**
     * Answers as the viewer may be told: the contacts of customers outside the viewer's scope are counted,
     * not listed, and a reason names no company the viewer does not see. The operator's staff and partner
     * users are listed: they are no customer's, and cases name them already.
     */
    public AccessExplainer(EntityManager em, AccessScope viewer) {
        this.em = em;
        this.viewer = viewer;
    }

    /** The reasons the user may see the case, or none; an unknown case has none. */
    public List<AccessReason> explainCase(long userId, long caseId) {
        return explainRecord(userId, "SupportCase", caseId);
    }

    /**
     * The reasons the user may see a customer-owned record of any type, by the rule every such record follows
     * ({@link AccessScope#RECORD_CRITERIA}), or none; an unknown record has none.
     *
     * @param recordType the entity name ({@link CustomerRecord#recordType()})
     */
    public List<AccessReason> explainRecord(long userId, String recordType, long recordId) {
        Object[] record = record(recordType, recordId);
        return record == null ? List.of() : explain(userId, record);
    }

    /** @param record its customer, requester, audience and sight, as {@link #record} reads them */
    private List<AccessReason> explain(long userId, Object[] record) {
        return explain(userId, ((Number) record[0]).longValue(), record[1] == null ? null : ((Number) record[1]).longValue(),
                Audience.valueOf((String) record[2]), (String) record[3]);
    }

    /** Its customer, requester, audience and sight, read without any scope: the explainer answers for everyone. */
    private Object[] record(String recordType, long recordId) {
        String table = CustomerRecords.type(em, recordType).getJavaType().getAnnotation(Table.class).name();
        List<?> rows = em.createNativeQuery("select customer_id, requester_id, audience, sight from " + table + " where id = ?1")
                .setParameter(1, recordId).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    /** The reasons the user may see the customer and its records (for a contact: the customer is in their breadth). */
    public List<AccessReason> explainCustomer(long userId, long customerId) {
        return explain(userId, customerId, null, null, "");
    }

    /** Everyone who may see the case, with their reasons ("Who can see this?"). */
    public WhoCanSee whoCanSeeCase(long caseId) {
        return whoCanSeeRecord("SupportCase", caseId);
    }

    /** Everyone who may see the customer-owned record, with their reasons ("Who can see this?"). */
    public WhoCanSee whoCanSeeRecord(String recordType, long recordId) {
        Object[] record = record(recordType, recordId);
        return record == null ? new WhoCanSee(List.of(), 0)
                : whoCanSee(((Number) record[0]).longValue(), userId -> explain(userId, record));
    }

    /** Everyone who may see the customer, with their reasons ("Who can see this?"). */
    public WhoCanSee whoCanSeeCustomer(long customerId) {
        return whoCanSee(customerId, userId -> explainCustomer(userId, customerId));
    }

    /** Whether the viewer may be told of the company: it is in their scope, or the answer is in full. */
    private boolean shown(long companyId) {
        return viewer == null || viewer.seesAllOf(List.of(companyId));
    }

    /**
     * The users any rule could admit (administrators, members of the customer's group, partner users
     * with a grant on the customer or above it, contacts of the customer or above it), each explained.
     */
    private WhoCanSee whoCanSee(long customerId, LongFunction<List<AccessReason>> explanation) {
        List<UserAccess> access = new ArrayList<>();
        int others = 0;
        for (Object row : em.createNativeQuery("""
                with recursive above(id, depth) as (
                    select ?1::bigint, 0
                    union all
                    select c.parent_id, a.depth + 1 from company c join above a on c.id = a.id
                    where c.parent_id is not null and a.depth < 100
                ), grants as (
                    select g.* from company_access_grant g join above a on g.customer_id = a.id
                )
                select u.id, u.email, u.display_name, u.kind, u.company_id from user_account u
                where u.active and (
                    (u.kind = 'INTERNAL' and (u.admin or u.id in (select m.user_id from group_membership m
                        join company c on c.customer_group_id = m.customer_group_id where c.id = ?1)))
                    or (u.kind = 'PARTNER' and (u.company_id in (select grantee_company_id from grants)
                        or u.id in (select grantee_user_id from grants)
                        or u.id in (select m.user_id from user_group_member m join grants g on g.grantee_user_group_id = m.user_group_id)))
                    or (u.kind = 'CUSTOMER' and u.company_id in (select id from above)))
                order by u.kind, u.display_name""").setParameter(1, customerId).getResultList()) {
            Object[] user = (Object[]) row;
            long userId = ((Number) user[0]).longValue();
            UserKind kind = UserKind.valueOf((String) user[3]);
            List<AccessReason> reasons = explanation.apply(userId);
            if (reasons.isEmpty()) {
                continue;
            }
            if (kind == UserKind.CUSTOMER && !shown(((Number) user[4]).longValue())) {
                others++;
            } else {
                access.add(new UserAccess(userId, (String) user[1], (String) user[2], kind, reasons));
            }
        }
        return new WhoCanSee(access, others);
    }

    /**
     * @param audience the record's, or null for the customer itself
     * @param sight the contacts who see it when its audience is {@link Audience#CONTACTS}, {@code ,12,45,}
     */
    private List<AccessReason> explain(long userId, long customerId, Long requesterId, Audience audience, String sight) {
        List<?> users = em.createNativeQuery("""
                select kind, company_id, admin, active, case_visibility, group_level
                from user_account where id = ?1""").setParameter(1, userId).getResultList();
        List<AccessReason> reasons = new ArrayList<>();
        if (users.isEmpty() || !isCustomer(customerId)) {
            return reasons;
        }
        Object[] user = (Object[]) users.get(0);
        if (!(Boolean) user[3]) {
            return reasons;
        }
        switch (UserKind.valueOf((String) user[0])) {
            case INTERNAL -> explainInternal(userId, (Boolean) user[2], customerId, reasons);
            case PARTNER -> explainPartner(userId, ((Number) user[1]).longValue(), customerId, reasons);
            case CUSTOMER -> explainContact(userId, ((Number) user[1]).longValue(), CaseVisibility.valueOf((String) user[4]),
                    (Boolean) user[5], customerId, requesterId, audience, sight, reasons);
        }
        return reasons;
    }

    private boolean isCustomer(long companyId) {
        return !em.createNativeQuery("select 1 from company where id = ?1 and kind = 'CUSTOMER'")
                .setParameter(1, companyId).getResultList().isEmpty();
    }

    private void explainInternal(long userId, boolean admin, long customerId, List<AccessReason> reasons) {
        if (admin) {
            reasons.add(new AccessReason(AccessReason.Kind.ADMINISTRATOR, AccessLevel.WRITE, "administrator: sees every customer"));
            return;
        }
        for (Object row : em.createNativeQuery("""
                select g.name || '-' || g.suffix, m.level
                from group_membership m join customer_group g on g.id = m.customer_group_id
                join company c on c.customer_group_id = g.id
                where m.user_id = ?1 and c.id = ?2""").setParameter(1, userId).setParameter(2, customerId).getResultList()) {
            Object[] columns = (Object[]) row;
            reasons.add(new AccessReason(AccessReason.Kind.GROUP_MEMBERSHIP, AccessLevel.valueOf((String) columns[1]),
                    "member of customer group " + columns[0]));
        }
    }

    private void explainPartner(long userId, long companyId, long customerId, List<AccessReason> reasons) {
        // the grants on the customer itself, and the subtree grants on the companies above it
        for (Object row : em.createNativeQuery("""
                with recursive above(id, depth) as (
                    select ?3::bigint, 0
                    union all
                    select c.parent_id, a.depth + 1 from company c join above a on c.id = a.id
                    where c.parent_id is not null and a.depth < 100
                )
                select g.grantee_company_id, ug.name, g.grantee_user_id, g.level, granted.name, a.depth, granted.id
                from above a
                join company_access_grant g on g.customer_id = a.id and (a.depth = 0 or g.include_subtree)
                join company granted on granted.id = g.customer_id
                left join user_group ug on ug.id = g.grantee_user_group_id
                where g.grantee_company_id = ?1 or g.grantee_user_id = ?2
                   or g.grantee_user_group_id in (select user_group_id from user_group_member where user_id = ?2)
                order by a.depth""")
                .setParameter(1, companyId).setParameter(2, userId).setParameter(3, customerId).getResultList()) {
            Object[] columns = (Object[]) row;
            String via = ((Number) columns[5]).intValue() == 0
                    ? "access to " + columns[4]
                    : shown(((Number) columns[6]).longValue())
                    ? "access to " + columns[4] + " and its subtree, which includes this customer"
                    : "access to a company above this customer that you do not see, and its subtree";
            AccessLevel level = AccessLevel.valueOf((String) columns[3]);
            if (columns[0] != null) {
                reasons.add(new AccessReason(AccessReason.Kind.GRANT_TO_COMPANY, level, "the user's company has " + via));
            } else if (columns[1] != null) {
                reasons.add(new AccessReason(AccessReason.Kind.GRANT_TO_USER_GROUP, level, "user group " + columns[1] + " has " + via));
            } else {
                reasons.add(new AccessReason(AccessReason.Kind.GRANT_TO_USER, level, "the user personally has " + via));
            }
        }
    }

    private void explainContact(long userId, long companyId, CaseVisibility visibility, boolean groupLevel, long customerId,
                                Long requesterId, Audience audience, String sight, List<AccessReason> reasons) {
        if (audience == Audience.BACK_OFFICE) {
            return;
        }
        boolean ownCompany = customerId == companyId;
        boolean belowOwnCompany = !ownCompany && groupLevel && !em.createNativeQuery("""
                with recursive above(id, depth) as (
                    select parent_id, 1 from company where id = ?1 and parent_id is not null
                    union all
                    select c.parent_id, a.depth + 1 from company c join above a on c.id = a.id
                    where c.parent_id is not null and a.depth < 100
                )
                select 1 from above where id = ?2""").setParameter(1, customerId).setParameter(2, companyId).getResultList().isEmpty();
        if (!ownCompany && !belowOwnCompany) {
            return;
        }
        String where = ownCompany ? "the contact's own company" : "a company below the contact's company (group-level contact)";
        if (audience == null) {
            reasons.add(new AccessReason(AccessReason.Kind.CONTACT_BREADTH, AccessLevel.READ, where
                    + (visibility == CaseVisibility.COMPANY ? ", with company case visibility" : ", own cases only")));
            return;
        }
        if (audience == Audience.CUSTOMER) {
            reasons.add(new AccessReason(AccessReason.Kind.SHARED_WITH_CUSTOMER, AccessLevel.READ, "shared with the contacts of " + where));
            return;
        }
        if (audience == Audience.CONTACTS) {
            if (sight.contains("," + userId + ",")) {
                reasons.add(new AccessReason(AccessReason.Kind.MADE_VISIBLE, AccessLevel.READ, "made visible or assigned to the contact, in " + where));
            }
            return;
        }
        if (requesterId != null && requesterId == userId) {
            reasons.add(new AccessReason(AccessReason.Kind.OWN_RECORD, AccessLevel.READ, "the contact submitted it, in " + where));
        }
        if (visibility == CaseVisibility.COMPANY) {
            reasons.add(new AccessReason(AccessReason.Kind.COMPANY_CASE_VISIBILITY, AccessLevel.READ,
                    "company case visibility covers " + where));
        }
        if (requesterId != null) {
            for (Object name : em.createNativeQuery("""
                    select c.name from category_read_access a
                    join category c on c.id = a.category_id
                    join category_member m on m.category_id = a.category_id
                    where a.contact_id = ?1 and m.contact_id = ?2""").setParameter(1, userId).setParameter(2, requesterId).getResultList()) {
                reasons.add(new AccessReason(AccessReason.Kind.CATEGORY_READ_ACCESS, AccessLevel.READ,
                        "category read access to " + name + ", whose member submitted it, in " + where));
            }
        }
    }
}
