package org.gatehouse.cases;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatehouse.files.Attachment;
import org.gatehouse.persistence.LikePattern;
import org.gatehouse.files.AttachmentStore;
import org.gatehouse.files.FileNames;
import org.gatehouse.files.NewFile;
import org.gatehouse.access.CaseVisibility;
import org.gatehouse.company.CustomerGroup;
import org.gatehouse.identity.UserAccount;

/**
 * Reads of cases. There is no access condition here: the persistence context carries the scope
 * and {@code @AdditionalCriteria} on {@link Case} applies it to every one of these queries.
 */
public class CaseQueries {

    /** Counting stops after this many cases. */
    public static final int COUNT_LIMIT = 10_000;

    private final EntityManager em;

    public CaseQueries(EntityManager em) {
        this.em = em;
    }

    /** One page of the cases in scope that the filter asks for, on the database. */
    public List<CaseRow> page(CaseFilter filter, int first, int size, CaseSort sort, boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        return narrowed("select new org.gatehouse.cases.CaseRow(c.id, c.title, c.type, c.status, co.name, r.displayName, a.displayName, c.updatedAt)"
                        + " from SupportCase c join c.customer co left join c.requester r left join c.assignee a",
                " order by " + sort.path + direction + ", c.id" + direction, filter, CaseRow.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * How many cases the filter asks for, up to {@link #COUNT_LIMIT}; beyond it {@code COUNT_LIMIT + 1}, and a list says
     * "more than 10,000". Counting a million cases exactly would cost more than the page itself (src/bench/RESULTS.md).
     */
    public long count(CaseFilter filter) {
        // the customer and the assignee are joined only when the filter asks about them
        StringBuilder from = new StringBuilder(" from SupportCase c");
        if (filter.customerName() != null && !filter.customerName().isBlank() || filter.customerGroupId() != null) {
            from.append(" join c.customer co");
        }
        if (filter.unassigned() || filter.assigneeId() != null) {
            from.append(" left join c.assignee a");
        }
        // one case past the limit answers "more" without the database counting them all
        if (!narrowed("select c.id" + from, "", filter, Long.class).setFirstResult(COUNT_LIMIT).setMaxResults(1).getResultList().isEmpty()) {
            return COUNT_LIMIT + 1;
        }
        return narrowed("select count(c)" + from, "", filter, Long.class).getSingleResult();
    }

    /**
     * The views the contact's options give them: always their own cases; the company's with company
     * case visibility; the three group views with a category read access.
     */
    public List<CaseView> viewsOf(long contactId) {
        List<CaseView> views = new ArrayList<>(List.of(CaseView.MY));
        List<?> visibility = em.createQuery("select u.caseVisibility from UserAccount u where u.id = :contact")
                .setParameter("contact", contactId).getResultList();
        if (!visibility.isEmpty() && visibility.get(0) == CaseVisibility.COMPANY) {
            views.add(CaseView.COMPANY);
        }
        if (!em.createQuery("select a.id from CategoryReadAccess a where a.contact.id = :contact")
                .setParameter("contact", contactId).getResultList().isEmpty()) {
            views.addAll(List.of(CaseView.OPEN_GROUP, CaseView.ALL_GROUP, CaseView.CLOSED_GROUP));
        }
        return views;
    }

    /** The case with the people and company its page names, or empty when it does not exist or is outside the scope. */
    public Optional<Case> find(long id) {
        // one query instead of one for the case and one for each of them
        return em.createQuery("select c from SupportCase c join fetch c.customer left join fetch c.requester left join fetch c.assignee"
                + " where c.id = :id", Case.class).setParameter("id", id).getResultStream().findFirst();
    }

    /** The comments of a case the reader may see, oldest first: internal notes only in the back office, by the scope. */
    public List<CaseComment> comments(long caseId) {
        return em.createQuery("select m from CaseComment m join fetch m.author where m.caseId = :case order by m.createdAt, m.id", CaseComment.class)
                .setParameter("case", caseId).getResultList();
    }

    /** The files of a case the reader may see, oldest first: those of internal notes only in the back office. */
    public List<Attachment> attachments(long caseId) {
        return em.createQuery("select a from Attachment a where a.recordType = 'SupportCase' and a.recordId = :case order by a.createdAt, a.id", Attachment.class)
                .setParameter("case", caseId).getResultList();
    }

    /** The customer groups of the customers in scope, by name: the choices of the list's group filter. */
    public List<CustomerGroup> customerGroups() {
        return em.createQuery("select distinct g from Customer cu join cu.customerGroup g order by g.name", CustomerGroup.class).getResultList();
    }

    /** The users assigned to cases in scope, by name: the named choices of the list's assignee filter. */
    public List<UserAccount> assignees() {
        // one probe of the assignee index per internal user, not a pass over every case in scope
        return em.createQuery("select u from UserAccount u where u.kind = org.gatehouse.access.UserKind.INTERNAL"
                + " and exists (select c.id from SupportCase c where c.assignee = u) order by u.displayName, u.id", UserAccount.class).getResultList();
    }


    /**
     * The query with the filter's conditions: narrowings inside the scope, which the additional
     * criteria apply on top of whatever is asked here.
     */
    private <T> TypedQuery<T> narrowed(String select, String order, CaseFilter filter, Class<T> type) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.customerId() != null) {
            where.append(" and c.customerId = :customer");
            parameters.put("customer", filter.customerId());
        }
        if (filter.view() != null) {
            // the company view is the whole scope: with company visibility it is the contact's breadth
            if (filter.view() == CaseView.MY) {
                where.append(" and c.requesterId = :viewer");
                parameters.put("viewer", filter.viewer());
            } else if (filter.view() != CaseView.COMPANY) {
                where.append(" and c.requesterId in (select m.id from CategoryReadAccess a join a.category g join g.contacts m"
                        + " where a.contact.id = :viewer)");
                parameters.put("viewer", filter.viewer());
            }
            if (filter.view() == CaseView.OPEN_GROUP) {
                where.append(" and c.status <> org.gatehouse.cases.CaseStatus.CLOSED");
            } else if (filter.view() == CaseView.CLOSED_GROUP) {
                where.append(" and c.status = org.gatehouse.cases.CaseStatus.CLOSED");
            }
        }
        if (filter.customerName() != null && !filter.customerName().isBlank()) {
            where.append(" and lower(co.name) like :customerName escape '\\'");
            parameters.put("customerName", LikePattern.containing(filter.customerName()));
        }
        if (filter.customerGroupId() != null) {
            where.append(" and co.customerGroup.id = :group");
            parameters.put("group", filter.customerGroupId());
        }
        if (filter.type() != null) {
            where.append(" and c.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.unassigned()) {
            where.append(" and a.id is null");
        } else if (filter.assigneeId() != null) {
            where.append(" and a.id = :assignee");
            parameters.put("assignee", filter.assigneeId());
        }
        if (filter.status() != null) {
            where.append(" and c.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip();
            // "#42" or "42" also finds case 42
            String number = text.startsWith("#") ? text.substring(1) : text;
            if (number.matches("\\d{1,18}")) {
                where.append(" and (lower(c.title) like :text escape '\\' or c.id = :number)");
                parameters.put("number", Long.parseLong(number));
            } else {
                where.append(" and lower(c.title) like :text escape '\\'");
            }
            parameters.put("text", LikePattern.containing(text));
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
