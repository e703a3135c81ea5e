package org.gatehouse.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gatehouse.access.Role;

/** Reading the audit log: administrators only, newest first, paged on the database, exportable as CSV. */
@Stateless
@RolesAllowed(Role.ADMIN)
public class AuditTrail {

    private static final int EXPORT_CHUNK = 1000;
    /** The first characters with which a spreadsheet reads a cell as a formula (OWASP, CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r\n";

    private static final String CSV_HEADER = "at,actor,viewed_as,action,customer,subject,before,after\r\n";

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    public List<AuditRow> page(AuditFilter filter, int first, int size) {
        return query("select new org.gatehouse.audit.AuditRow(a.id, a.at, a.actorEmail, v.email, a.action, co.name, a.subject,"
                + " a.before, a.after)", " order by a.at desc, a.id desc", filter, AuditRow.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(AuditFilter filter) {
        return query("select count(a)", "", filter, Long.class).getSingleResult();
    }

    /** Writes every matching line as CSV (RFC 4180), a chunk at a time, so a long log never sits in memory whole. */
    public void exportCsv(AuditFilter filter, Writer out) {
        try {
            out.write(CSV_HEADER);
            for (int first = 0; ; first += EXPORT_CHUNK) {
                List<AuditRow> chunk = page(filter, first, EXPORT_CHUNK);
                for (AuditRow row : chunk) {
                    out.write(String.join(",", csv(row.getAt().toString()), csv(row.getActorEmail()), csv(row.getViewedAsEmail()),
                            csv(row.getAction()), csv(row.getCustomerName()), csv(row.getSubject()), csv(row.getBefore()),
                            csv(row.getAfter())));
                    out.write("\r\n");
                }
                if (chunk.size() < EXPORT_CHUNK) {
                    out.flush();
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> TypedQuery<T> query(String select, String order, AuditFilter filter, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from AuditEntry a")
                .append(" left join UserAccount v on v.id = a.viewedAsId left join Company co on co.id = a.customerId where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            jpql.append(" and lower(a.actorEmail) like :actor");
            parameters.put("actor", "%" + filter.actor().strip().toLowerCase() + "%");
        }
        if (filter.customer() != null && !filter.customer().isBlank()) {
            jpql.append(" and lower(co.name) like :customer");
            parameters.put("customer", "%" + filter.customer().strip().toLowerCase() + "%");
        }
        if (filter.from() != null) {
            jpql.append(" and a.at >= :from");
            parameters.put("from", filter.from().atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
        if (filter.to() != null) {
            jpql.append(" and a.at < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * A CSV field; a formula-looking value is prefixed so a spreadsheet shows it instead of running it. The first
     * character alone decides: a value with a line break in it is as dangerous as one without.
     */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
