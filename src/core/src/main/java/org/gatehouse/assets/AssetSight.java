package org.gatehouse.assets;

import jakarta.persistence.EntityManager;

/**
 * The one place that turns "make visible / assign" into who sees an asset: a contact sees every asset at or below one
 * granted to them, assets added later included. Worked out set-based, for the subtree a change touches,
 * in the transaction of every change that can alter the outcome (a grant, a new asset, a subtree moved); the asset's
 * sight column says it, which the one access rule reads.
 */
public final class AssetSight {

    private AssetSight() {
    }

    /**
     * Each chosen asset's sight: the contacts granted it or an asset above it, as {@code ,12,45,}. The ids above it are
     * its path's, so the grants are found by their key, not by comparing paths with every grant of the customer.
     */
    private static final String UPDATE = """
            update asset a set sight = coalesce((
                select ',' || string_agg(distinct g.contact_id::text, ',') || ','
                from asset_grant g
                where g.asset_id = any (string_to_array(trim(both '/' from a.path), '/')::bigint[])), '')
            where %s""";
    /** An asset's files are seen by whoever sees the asset. */
    private static final String FILES = """
            update attachment f set sight = a.sight from asset a
            where f.record_type = 'Asset' and f.record_id = a.id and f.audience = 'CONTACTS' and f.sight <> a.sight and %s""";

    /**
     * After a change that can alter who sees the asset at this path and what is below it (a new asset, a grant on it, a
     * subtree moved there): only that subtree and its work orders are worked out again, not the customer's whole tree.
     */
    public static void ofSubtree(EntityManager em, long customerId, String path) {
        em.flush();
        for (String statement : new String[] {UPDATE, FILES}) {
            em.createNativeQuery(statement.formatted("a.customer_id = ?1 and a.path like ?2"))
                    .setParameter(1, customerId).setParameter(2, path + "%").executeUpdate();
        }
        WorkOrderSight.ofSubtree(em, customerId, path);
    }

    /** Every customer's: after data written around the application (a test's world, an import). */
    public static void ofAll(EntityManager em) {
        em.flush();
        em.createNativeQuery(UPDATE.formatted("1 = 1")).executeUpdate();
        em.createNativeQuery(FILES.formatted("1 = 1")).executeUpdate();
        WorkOrderSight.ofAll(em);
    }
}
