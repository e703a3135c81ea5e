package org.gatehouse.assets;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gatehouse.access.CustomerRecord;
import org.gatehouse.files.Attachment;
import org.gatehouse.persistence.LikePattern;

/**
 * Reads of assets and work orders; every entity here carries the scope's filter, so each query returns only what the
 * bound scope shows: a contact never gets an asset that was not made visible to them, or below one that was.
 */
public class AssetQueries {

    private final EntityManager em;

    public AssetQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * One page of assets in tree order (a parent before what is below it), of one customer or all the reader sees,
     * optionally those whose name, code, serial number or location contains the text.
     */
    public List<Asset> page(Long customerId, String text, int first, int size) {
        return narrowed("select a", " order by a.customerId, a.path", customerId, text, Asset.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(Long customerId, String text) {
        return narrowed("select count(a)", "", customerId, text, Long.class).getSingleResult();
    }

    /** The asset's work orders the reader sees, the next planned first and the unplanned last. */
    public List<WorkOrder> workOrders(long assetId) {
        return em.createQuery("select w from WorkOrder w where w.assetId = :asset order by w.plannedAt nulls last, w.id", WorkOrder.class)
                .setParameter("asset", assetId).getResultList();
    }

    /** The work order's notes the reader sees (contacts: the public ones), oldest first. */
    public List<WorkOrderNote> notes(long workOrderId) {
        return em.createQuery("select n from WorkOrderNote n where n.workOrderId = :order order by n.createdAt, n.id", WorkOrderNote.class)
                .setParameter("order", workOrderId).getResultList();
    }

    /** The files of an asset or a work order the reader sees. */
    public List<Attachment> files(CustomerRecord owner) {
        return em.createQuery("select f from Attachment f where f.recordType = :type and f.recordId = :id order by f.createdAt, f.id", Attachment.class)
                .setParameter("type", owner.recordType()).setParameter("id", owner.getId()).getResultList();
    }

    /** The customer's assets with these codes that the reader sees, by code. */
    /** The contacts the asset was made visible or assigned to, by name. */
    public List<AssetGrantRow> assetGrants(long assetId) {
        return grants("asset_grant", "asset_id", assetId);
    }

    /** The contacts the work order was made visible or assigned to, by name. */
    public List<AssetGrantRow> workOrderGrants(long workOrderId) {
        return grants("work_order_grant", "work_order_id", workOrderId);
    }

    /** The grants of one record; the table and column are the two constants above, never typed. */
    private List<AssetGrantRow> grants(String table, String column, long id) {
        List<?> rows = em.createNativeQuery("select u.id, u.display_name, u.email, g.assigned from " + table + " g"
                + " join user_account u on u.id = g.contact_id where g." + column + " = ?1 order by u.display_name").setParameter(1, id).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(c -> new AssetGrantRow(((Number) c[0]).longValue(), (String) c[1], (String) c[2], (Boolean) c[3])).toList();
    }

    /** The customer's asset with this code (unique per customer), if the reader sees it. */
    public Optional<Asset> byCode(long customerId, String code) {
        return Optional.ofNullable(byCodes(customerId, List.of(code)).get(code));
    }

    public Map<String, Asset> byCodes(long customerId, List<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Asset a where a.customerId = :customer and a.code in :codes", Asset.class)
                .setParameter("customer", customerId).setParameter("codes", codes.stream().distinct().toList())
                .getResultStream().collect(Collectors.toMap(Asset::getCode, asset -> asset));
    }

    /**
     * For a page of assets: how many work orders the reader sees under each that are not done or cancelled, in one
     * query (the portal's tree shows them beside each asset).
     */
    public Map<Long, Long> openWorkOrders(List<Long> assetIds) {
        if (assetIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select w.assetId, count(w) from WorkOrder w where w.assetId in :assets and w.status not in :ended group by w.assetId",
                        Object[].class)
                .setParameter("assets", assetIds).setParameter("ended", List.of(WorkOrderStatus.DONE, WorkOrderStatus.CANCELLED))
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    private <T> TypedQuery<T> narrowed(String select, String order, Long customerId, String text, Class<T> type) {
        boolean searched = text != null && !text.isBlank();
        StringBuilder jpql = new StringBuilder(select).append(" from Asset a where 1 = 1");
        if (customerId != null) {
            jpql.append(" and a.customerId = :customer");
        }
        if (searched) {
            jpql.append(" and (lower(a.name) like :text escape '\\' or lower(a.code) like :text escape '\\'"
                    + " or lower(a.serialNumber) like :text escape '\\' or lower(a.location) like :text escape '\\')");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
        if (searched) {
            query.setParameter("text", LikePattern.containing(text));
        }
        return query;
    }
}
