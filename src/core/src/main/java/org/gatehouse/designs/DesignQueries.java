package org.gatehouse.designs;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gatehouse.access.Audience;
import org.gatehouse.persistence.LikePattern;

/**
 * Reads of designs and what hangs from them. Every entity here carries the scope's filter, so each query returns only
 * what the bound scope shows: a contact never gets a design in a status their group does not show, a layer of a type
 * their customer may not view, or an internal annotation.
 */
public class DesignQueries {

    private static final String ROW = "select d.id, d.name, d.code, d.description, d.status, c.id, c.name, d.updatedAt, d.version, d.audience"
            + " from Design d join d.customer c";
    /** The latest revision of each layer the scope shows, with its file (both read through the scope too). */
    private static final String LATEST = "select l.design.id, l.id, t.name, r.id, r.number, r.note, f.id, f.fileName, f.sizeBytes, r.previewId,"
            + " u.displayName, r.createdAt, r.audience"
            + " from LayerRevision r join r.layer l join l.type t join r.author u, Attachment f"
            + " where f.id = r.fileId and r.number = (select max(r2.number) from LayerRevision r2 where r2.layer = l)";
    private static final String ALL_REVISIONS = "select l.design.id, l.id, t.name, r.id, r.number, r.note, f.id, f.fileName, f.sizeBytes, r.previewId,"
            + " u.displayName, r.createdAt, r.audience"
            + " from LayerRevision r join r.layer l join l.type t join r.author u, Attachment f where f.id = r.fileId";

    private final EntityManager em;

    public DesignQueries(EntityManager em) {
        this.em = em;
    }

    /** One page of designs by name: the page's ids from the design alone, then those rows with their customer's name. */
    public List<DesignRow> page(DesignFilter filter, int first, int size) {
        List<Long> ids = narrowed("select d.id", " order by d.name, d.id", filter, Long.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, DesignRow> rows = em.createQuery(ROW + " where d.id in :ids", Object[].class).setParameter("ids", ids)
                .getResultStream().map(DesignQueries::design).collect(Collectors.toMap(DesignRow::id, row -> row));
        // a design hidden between the two reads is left out, like one hidden before
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    public long count(DesignFilter filter) {
        return narrowed("select count(d)", "", filter, Long.class).getSingleResult();
    }

    /** The design as pages show it, if the scope shows it. */
    public Optional<DesignRow> row(long designId) {
        return em.createQuery(ROW + " where d.id = :id", Object[].class).setParameter("id", designId)
                .getResultStream().findFirst().map(DesignQueries::design);
    }

    /** The latest revision of each layer of these designs that the scope shows, by layer type. */
    public List<LayerRow> latestLayers(Collection<Long> designIds) {
        if (designIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(LATEST + " and l.design.id in :ids order by t.name, l.id", Object[].class).setParameter("ids", designIds)
                .getResultStream().map(DesignQueries::layer).toList();
    }

    /** Every revision of the design's layers that the scope shows, newest first: the back office's upload history. */
    public List<LayerRow> revisions(long designId) {
        return em.createQuery(ALL_REVISIONS + " and l.design.id = :id order by r.createdAt desc, r.id desc", Object[].class)
                .setParameter("id", designId).getResultStream().map(DesignQueries::layer).toList();
    }

    /** The ids of the latest revisions the scope shows: what a reviewer has in front of them. */
    List<Long> latestRevisions(long designId) {
        return em.createQuery("select r.id from LayerRevision r join r.layer l where l.design.id = :id"
                        + " and r.number = (select max(r2.number) from LayerRevision r2 where r2.layer = l) order by r.id", Long.class)
                .setParameter("id", designId).getResultList();
    }

    /** The annotations of these revisions that the scope shows, by revision and number. */
    public List<AnnotationRow> annotations(Collection<Long> revisionIds) {
        if (revisionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select n.id, n.revision.id, n.number, n.body, n.comment, n.internal, a.displayName, n.createdAt,"
                        + " v.displayName, n.resolvedAt from LayerAnnotation n join n.author a left join n.resolvedBy v"
                        + " where n.revision.id in :ids order by n.revision.id, n.number", Object[].class)
                .setParameter("ids", revisionIds).getResultStream()
                .map(c -> new AnnotationRow((Long) c[0], (Long) c[1], (Integer) c[2], (String) c[3], (String) c[4], (Boolean) c[5],
                        (String) c[6], (Instant) c[7], (String) c[8], (Instant) c[9]))
                .toList();
    }

    /** The design's decisions the scope shows, newest first, each with the revisions it covers. */
    public List<DecisionRow> decisions(long designId) {
        List<Object[]> decisions = em.createQuery("select x.id, x.decision, x.comment, u.displayName, x.decidedAt from DesignDecision x"
                        + " join x.decidedBy u where x.design.id = :id order by x.decidedAt desc, x.id desc", Object[].class)
                .setParameter("id", designId).getResultList();
        if (decisions.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> covered = em.createQuery("select x.id, t.name, r.number from DesignDecision x join x.revisionIds rid,"
                        + " LayerRevision r join r.layer l join l.type t where r.id = rid and x.design.id = :id order by t.name", Object[].class)
                .setParameter("id", designId).getResultStream()
                .collect(Collectors.groupingBy(c -> (Long) c[0], Collectors.mapping(c -> c[1] + ", revision " + c[2], Collectors.toList())));
        return decisions.stream().map(c -> new DecisionRow((Long) c[0], (DesignDecision.Decision) c[1], (String) c[2], (String) c[3],
                (Instant) c[4], covered.getOrDefault((Long) c[0], List.of()))).toList();
    }

    /** Every layer type, A to Z. */
    public List<LayerType> layerTypes() {
        return em.createQuery("select t from LayerType t order by t.name", LayerType.class).getResultList();
    }

    /** The layer types the company itself allows its contacts (companies above it may allow more). */
    public List<Long> allowedLayerTypes(long companyId) {
        List<?> ids = em.createNativeQuery("select layer_type_id from customer_layer_type where customer_id = ?1 order by layer_type_id")
                .setParameter(1, companyId).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The design's layer of that type, if there is one in sight. */
    DesignLayer layer(long designId, long layerTypeId) {
        return em.createQuery("select l from DesignLayer l where l.design.id = :design and l.type.id = :type", DesignLayer.class)
                .setParameter("design", designId).setParameter("type", layerTypeId).getResultStream().findFirst().orElse(null);
    }

    int nextRevision(DesignLayer layer) {
        Integer last = em.createQuery("select max(r.number) from LayerRevision r where r.layer = :layer", Integer.class)
                .setParameter("layer", layer).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /** Numbers count every annotation of the revision, internal ones too: who is shown a gap was not shown a staff note. */
    int nextAnnotation(LayerRevision revision) {
        Number last = (Number) em.createNativeQuery("select max(number) from layer_annotation where revision_id = ?1")
                .setParameter(1, revision.getId()).getSingleResult();
        return last == null ? 1 : last.intValue() + 1;
    }

    private <T> TypedQuery<T> narrowed(String select, String order, DesignFilter filter, Class<T> type) {
        boolean searched = filter.text() != null && !filter.text().isBlank();
        StringBuilder jpql = new StringBuilder(select).append(" from Design d where 1 = 1");
        if (filter.customerId() != null) {
            jpql.append(" and d.customerId = :customer");
        }
        if (filter.status() != null) {
            jpql.append(" and d.status = :status");
        }
        if (searched) {
            jpql.append(" and (lower(d.name) like :text escape '\\' or lower(d.code) like :text escape '\\')");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (filter.customerId() != null) {
            query.setParameter("customer", filter.customerId());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (searched) {
            query.setParameter("text", LikePattern.containing(filter.text()));
        }
        return query;
    }

    private static DesignRow design(Object[] c) {
        return new DesignRow((Long) c[0], (String) c[1], (String) c[2], (String) c[3], (DesignStatus) c[4], (Long) c[5], (String) c[6],
                (Instant) c[7], (Integer) c[8], Audience.CUSTOMER.name().equals(c[9]));
    }

    private static LayerRow layer(Object[] c) {
        return new LayerRow((Long) c[0], (Long) c[1], (String) c[2], (Long) c[3], (Integer) c[4], (String) c[5], (Long) c[6],
                (String) c[7], (Long) c[8], (Long) c[9], (String) c[10], (Instant) c[11], Audience.CUSTOMER.name().equals(c[12]));
    }
}
