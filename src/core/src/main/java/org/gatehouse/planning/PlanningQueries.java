package org.gatehouse.planning;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gatehouse.assets.Asset;

/**
 * Reads of the planning and the tours; every entity here carries the scope's filter, so a contact gets only the
 * entries and tours assigned to them, and of a tour's stops only those at assets they see.
 */
public class PlanningQueries {

    private final EntityManager em;

    public PlanningQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The entries starting in the period, by time, of one customer or all the reader sees, of one technician or all;
     * at most {@code max} of them (a calendar that would show more asks the reader to narrow it).
     */
    public List<PlanningEntry> entries(Long customerId, Long technicianId, Instant from, Instant to, int max) {
        StringBuilder jpql = new StringBuilder("select p from PlanningEntry p where p.startsAt >= :from and p.startsAt < :to");
        if (customerId != null) {
            jpql.append(" and p.customerId = :customer");
        }
        if (technicianId != null) {
            jpql.append(" and p.technicianId = :technician");
        }
        TypedQuery<PlanningEntry> query = em.createQuery(jpql.append(" order by p.startsAt, p.id").toString(), PlanningEntry.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(max);
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
        if (technicianId != null) {
            query.setParameter("technician", technicianId);
        }
        return query.getResultList();
    }

    /** The work order's visit in the calendar, if it was planned and the reader sees it. */
    public PlanningEntry ofWorkOrder(long workOrderId) {
        return em.createQuery("select p from PlanningEntry p where p.workOrderId = :order", PlanningEntry.class)
                .setParameter("order", workOrderId).getResultStream().findFirst().orElse(null);
    }

    /** The assets among these the reader sees, by id: a calendar names an entry's asset only when its reader sees it. */
    public Map<Long, Asset> assets(List<Long> assetIds) {
        if (assetIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Asset a where a.id in :ids", Asset.class).setParameter("ids", assetIds.stream().distinct().toList())
                .getResultStream().collect(Collectors.toMap(Asset::getId, Function.identity()));
    }

    /** One page of tours in a period, of one customer or all the reader sees, the latest day first. */
    public List<Tour> tours(Long customerId, LocalDate from, LocalDate to, int first, int size) {
        return toursIn("select t", " order by t.day desc, t.id desc", customerId, from, to, Tour.class).setFirstResult(first).setMaxResults(size)
                .getResultList();
    }

    public long countTours(Long customerId, LocalDate from, LocalDate to) {
        return toursIn("select count(t)", "", customerId, from, to, Long.class).getSingleResult();
    }

    /** The tour's stops in order, those at assets the reader sees. */
    public List<TourStopRow> stops(long tourId) {
        List<?> rows = em.createNativeQuery("select position, asset_id from tour_stop where tour_id = ?1 order by position")
                .setParameter(1, tourId).getResultList();
        Map<Long, Asset> seen = assets(rows.stream().map(row -> ((Number) ((Object[]) row)[1]).longValue()).toList());
        return rows.stream().map(row -> (Object[]) row).filter(row -> seen.containsKey(((Number) row[1]).longValue())).map(row -> {
            Asset asset = seen.get(((Number) row[1]).longValue());
            return new TourStopRow(((Number) row[0]).intValue() + 1, asset.getId(), asset.getName(), asset.getCode(), asset.getLocation());
        }).toList();
    }

    private <T> TypedQuery<T> toursIn(String select, String order, Long customerId, LocalDate from, LocalDate to, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from Tour t where t.day >= :from and t.day <= :to");
        if (customerId != null) {
            jpql.append(" and t.customerId = :customer");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type).setParameter("from", from).setParameter("to", to);
        if (customerId != null) {
            query.setParameter("customer", customerId);
        }
        return query;
    }
}
