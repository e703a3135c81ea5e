package org.gatehouse.designs;

import jakarta.persistence.EntityManager;

/**
 * The one place that turns statuses and settings into who sees a design: a design is for its customer's contacts
 * ({@code CUSTOMER}) exactly while its status is one their customer group shows (the group's own list when it has
 * one, else the installation's), otherwise for the back office alone. Called in the transaction of every change
 * that can alter the outcome: a status, a setting, a customer put into another group.
 */
public final class DesignVisibility {

    private static final String UPDATE = """
            update design d set audience = case when exists (
                    select 1 from company c join customer_group g on g.id = c.customer_group_id
                    where c.id = d.customer_id and (
                        (g.own_design_statuses and exists (select 1 from customer_group_design_status s
                                                           where s.customer_group_id = g.id and s.status = d.status))
                        or (not g.own_design_statuses and exists (select 1 from design_visible_status v where v.status = d.status))))
                then 'CUSTOMER' else 'BACK_OFFICE' end
            """;

    private DesignVisibility() {
    }

    /** After a change of one design. */
    public static void ofDesign(EntityManager em, long designId) {
        em.flush();
        em.createNativeQuery(UPDATE + " where d.id = ?1").setParameter(1, designId).executeUpdate();
    }

    /** After a change of a customer group's own statuses, or of which group a customer is in. */
    public static void ofGroup(EntityManager em, long customerGroupId) {
        em.flush();
        em.createNativeQuery(UPDATE + " where d.customer_id in (select id from company where customer_group_id = ?1)")
                .setParameter(1, customerGroupId).executeUpdate();
    }

    /** After a change of the installation's statuses: every design. */
    public static void ofAll(EntityManager em) {
        em.flush();
        em.createNativeQuery(UPDATE).executeUpdate();
    }
}
