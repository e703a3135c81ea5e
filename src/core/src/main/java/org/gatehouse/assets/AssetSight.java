package org.gatehouse.assets;

import jakarta.persistence.EntityManager;

/**
 * The one place that turns "make visible / assign" into who sees an asset: a contact sees every asset at or below one
 * granted to them, assets added later included. Written to {@code record_sight} set-based, for one customer's assets,
 * in the transaction of every change that can alter the outcome (a grant, a new asset, a subtree moved).
 */
public final class AssetSight {

    private AssetSight() {
    }

    private static final String DELETE = "delete from record_sight where record_type = 'Asset' and record_id in (select id from asset where %s)";
    private static final String INSERT = """
            insert into record_sight (contact_id, record_type, record_id)
            select distinct g.contact_id, 'Asset', a.id
            from asset_grant g join asset granted on granted.id = g.asset_id
            join asset a on a.customer_id = granted.customer_id and a.path like granted.path || '%%'
            where %s""";

    /** After a change of the customer's assets or grants. */
    public static void ofCustomer(EntityManager em, long customerId) {
        em.flush();
        em.createNativeQuery(DELETE.formatted("customer_id = ?1")).setParameter(1, customerId).executeUpdate();
        em.createNativeQuery(INSERT.formatted("granted.customer_id = ?1")).setParameter(1, customerId).executeUpdate();
    }

    /** Every customer's: after data written around the application (a test's world, an import). */
    public static void ofAll(EntityManager em) {
        em.flush();
        em.createNativeQuery(DELETE.formatted("1 = 1")).executeUpdate();
        em.createNativeQuery(INSERT.formatted("1 = 1")).executeUpdate();
    }
}
