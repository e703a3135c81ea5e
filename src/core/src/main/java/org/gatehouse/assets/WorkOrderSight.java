package org.gatehouse.assets;

import jakarta.persistence.EntityManager;

/**
 * Who sees a work order: the contacts who see its asset, except those with "assigned work orders only", who see it
 * only when it is also assigned or made visible to them. Worked out set-based into the work order's sight, after
 * every change that can alter it: the asset's sight ({@link AssetSight} calls this), the work order's grants, a
 * contact's option. Its public notes and its files are seen by the same contacts, so their sight is copied along.
 */
public final class WorkOrderSight {

    /**
     * The chosen work orders ({@code w}, with their asset {@code a}), then what follows them. The contacts are those of
     * the asset's sight, read by their key, not every account compared with it.
     */
    private static final String UPDATE = """
            update work_order w set sight = coalesce((
                select ',' || string_agg(u.id::text, ',' order by u.id) || ','
                from unnest(string_to_array(a.sight, ',')) as seen(id)
                join user_account u on u.id = nullif(seen.id, '')::bigint
                where not u.assigned_work_orders_only
                   or exists (select 1 from work_order_grant g where g.work_order_id = w.id and g.contact_id = u.id)), '')
            from asset a where a.id = w.asset_id and %s""";
    private static final String NOTES = """
            update work_order_note n set sight = w.sight from work_order w join asset a on a.id = w.asset_id
            where n.work_order_id = w.id and n.audience = 'CONTACTS' and n.sight <> w.sight and %s""";
    private static final String FILES = """
            update attachment f set sight = w.sight from work_order w join asset a on a.id = w.asset_id
            where f.record_type = 'WorkOrder' and f.record_id = w.id and f.audience = 'CONTACTS' and f.sight <> w.sight and %s""";

    private WorkOrderSight() {
    }

    /** After a change of the sight of the assets at and below this path ({@link AssetSight#ofSubtree}). */
    public static void ofSubtree(EntityManager em, long customerId, String path) {
        of(em, "a.customer_id = ?1 and a.path like ?2", customerId, path + "%");
    }

    /** After a new work order, or a change of one work order's grants. */
    public static void ofWorkOrder(EntityManager em, long workOrderId) {
        of(em, "w.id = ?1", workOrderId);
    }

    /** After a contact's option changed: the work orders of every asset they see. */
    public static void ofContact(EntityManager em, long contactId) {
        of(em, "a.sight like ?1", "%," + contactId + ",%");
    }

    public static void ofAll(EntityManager em) {
        of(em, "1 = 1");
    }

    private static void of(EntityManager em, String chosen, Object... parameters) {
        em.flush();
        for (String statement : new String[] {UPDATE, NOTES, FILES}) {
            var update = em.createNativeQuery(statement.formatted(chosen));
            for (int i = 0; i < parameters.length; i++) {
                update.setParameter(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }
}
