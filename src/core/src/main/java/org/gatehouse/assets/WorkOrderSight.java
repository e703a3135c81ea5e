package org.gatehouse.assets;

import jakarta.persistence.EntityManager;

/**
 * Who sees a work order: the contacts who see its asset, except those with "assigned work orders only", who see it
 * only when it is also assigned or made visible to them. Worked out set-based into the work order's sight, after
 * every change that can alter it: the asset's sight ({@link AssetSight} calls this), the work order's grants, a
 * contact's option.
 */
public final class WorkOrderSight {

    private static final String UPDATE = """
            update work_order w set sight = coalesce((
                select ',' || string_agg(u.id::text, ',' order by u.id) || ','
                from user_account u
                where a.sight like '%%,' || u.id || ',%%'
                  and (not u.assigned_work_orders_only
                       or exists (select 1 from work_order_grant g where g.work_order_id = w.id and g.contact_id = u.id))), '')
            from asset a where a.id = w.asset_id and %s""";

    private WorkOrderSight() {
    }

    /** After a change of the sight of the assets at and below this path ({@link AssetSight#ofSubtree}). */
    public static void ofSubtree(EntityManager em, long customerId, String path) {
        em.flush();
        em.createNativeQuery(UPDATE.formatted("a.customer_id = ?1 and a.path like ?2"))
                .setParameter(1, customerId).setParameter(2, path + "%").executeUpdate();
    }

    /** After a new work order, or a change of one work order's grants. */
    public static void ofWorkOrder(EntityManager em, long workOrderId) {
        em.flush();
        em.createNativeQuery(UPDATE.formatted("w.id = ?1")).setParameter(1, workOrderId).executeUpdate();
    }

    /** After a contact's option changed: the work orders of every asset they see. */
    public static void ofContact(EntityManager em, long contactId) {
        em.flush();
        em.createNativeQuery(UPDATE.formatted("a.sight like ?1")).setParameter(1, "%," + contactId + ",%").executeUpdate();
    }

    public static void ofAll(EntityManager em) {
        em.flush();
        em.createNativeQuery(UPDATE.formatted("1 = 1")).executeUpdate();
    }
}
