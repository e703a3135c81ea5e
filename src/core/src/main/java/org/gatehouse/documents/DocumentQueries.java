package org.gatehouse.documents;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gatehouse.access.Audience;
import org.gatehouse.persistence.LikePattern;

/**
 * Reads of documents and versions. Every entity here carries the scope's filter, so each query returns
 * only what the bound scope shows: a contact never gets a hidden version, nor a customer outside their companies.
 */
public class DocumentQueries {

    /** The version, its document and its file, each read through the scope, with its customer's name and its author's. */
    private static final String FROM = " from DocumentVersion v join v.document d join v.author u join v.customer c, Attachment f"
            + " where f.recordType = 'DocumentVersion' and f.recordId = v.id";
    private static final String ROW = "select v.id, d.id, d.title, c.id, c.name, v.number, v.kind, v.note, u.displayName, v.createdAt,"
            + " v.audience, f.id, f.fileName, f.sizeBytes";
    /**
     * Which versions a list holds and how many: the version alone decides (its document and file are in sight
     * exactly when it is), so PostgreSQL picks the page from the version's index before anything is joined.
     */
    private static final String CHOSEN = " from DocumentVersion v where 1 = 1";
    /** The same with the document's title and the file's name, which a search looks into. */
    private static final String SEARCHED = " from DocumentVersion v join v.document d, Attachment f"
            + " where f.recordType = 'DocumentVersion' and f.recordId = v.id";

    private final EntityManager em;

    public DocumentQueries(EntityManager em) {
        this.em = em;
    }

    /** One page of versions, newest first: the page's ids first, then those rows with what they show. */
    public List<VersionRow> page(DocumentFilter filter, int first, int size) {
        List<Long> ids = narrowed("select v.id", " order by v.createdAt desc, v.id desc", filter, Long.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, VersionRow> rows = em.createQuery(ROW + FROM + " and v.id in :ids", Object[].class).setParameter("ids", ids)
                .getResultStream().map(DocumentQueries::row).collect(Collectors.toMap(VersionRow::id, row -> row));
        // a version hidden between the two reads is left out, like one hidden before
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    /** The version as the lists show it, if the scope shows it. */
    public Optional<VersionRow> row(long versionId) {
        return em.createQuery(ROW + FROM + " and v.id = :id", Object[].class).setParameter("id", versionId)
                .getResultStream().findFirst().map(DocumentQueries::row);
    }

    public long count(DocumentFilter filter) {
        return narrowed("select count(v)", "", filter, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> narrowed(String select, String order, DocumentFilter filter, Class<T> type) {
        boolean searched = filter.text() != null && !filter.text().isBlank();
        StringBuilder jpql = new StringBuilder(select).append(searched ? SEARCHED : CHOSEN);
        if (filter.customerId() != null) {
            jpql.append(" and v.customerId = :customer");
        }
        if (searched) {
            jpql.append(" and (lower(d.title) like :text escape '\\' or lower(f.fileName) like :text escape '\\'"
                    + " or lower(v.note) like :text escape '\\')");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (filter.customerId() != null) {
            query.setParameter("customer", filter.customerId());
        }
        if (searched) {
            query.setParameter("text", LikePattern.containing(filter.text()));
        }
        return query;
    }

    private static VersionRow row(Object[] c) {
        return new VersionRow((Long) c[0], (Long) c[1], (String) c[2], (Long) c[3], (String) c[4], (Integer) c[5],
                (DocumentVersion.Kind) c[6], (String) c[7], (String) c[8], (Instant) c[9], Audience.CUSTOMER.name().equals(c[10]),
                (Long) c[11], (String) c[12], (Long) c[13]);
    }

    /** The titles of the customer's documents the scope shows, A to Z: the choices for a new version. */
    public List<String> titles(long customerId) {
        return em.createQuery("select d.title from Document d where d.customerId = :customer order by d.title", String.class)
                .setParameter("customer", customerId).getResultList();
    }

    /** The customer's document of that title, if the scope shows it. */
    public Document documentTitled(long customerId, String title) {
        return em.createQuery("select d from Document d where d.customerId = :customer and d.title = :title", Document.class)
                .setParameter("customer", customerId).setParameter("title", title).getResultStream().findFirst().orElse(null);
    }

    /** The document's next version number. */
    int nextNumber(Document document) {
        Integer last = em.createQuery("select max(v.number) from DocumentVersion v where v.document = :document", Integer.class)
                .setParameter("document", document).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /** Whether any of the document's versions is shared (this one's change already flushed). */
    boolean anyShared(Document document) {
        return em.createQuery("select count(v) from DocumentVersion v where v.document = :document"
                        + " and v.audience = 'CUSTOMER'", Long.class)
                .setParameter("document", document).getSingleResult() > 0;
    }
}
