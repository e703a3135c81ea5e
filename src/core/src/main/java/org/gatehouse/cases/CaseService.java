package org.gatehouse.cases;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gatehouse.access.AccessExplainer;
import org.gatehouse.access.CurrentScope;
import org.gatehouse.access.InAccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.access.UserAccess;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.audit.AuditLog;

/** Cases as the signed-in user may see and change them. */
@Stateless
@InAccessScope
@RolesAllowed({Role.STAFF, Role.PARTNER, Role.CUSTOMER})
public class CaseService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    CurrentScope currentScope;

    @Inject
    AuditLog auditLog;

    private CaseQueries queries;

    @PostConstruct
    void init() {
        queries = new CaseQueries(em);
    }

    /** @param customerId only this customer's cases, or null for every case in scope */
    public List<CaseRow> page(Long customerId, int first, int size, CaseSort sort, boolean ascending) {
        return queries.page(customerId, first, size, sort, ascending);
    }

    /** @param customerId only this customer's cases, or null for every case in scope */
    public long count(Long customerId) {
        return queries.count(customerId);
    }

    public Optional<Case> find(long id) {
        return queries.find(id);
    }

    /** @throws RecordNotFoundException when the case does not exist or is outside the scope */
    public Case get(long id) {
        return queries.find(id).orElseThrow(() -> new RecordNotFoundException("Case", id));
    }

    /** "Who can see this?": every user who may see the case, with the reasons; for the operator's staff. */
    @RolesAllowed(Role.STAFF)
    public List<UserAccess> whoCanSee(long id) {
        get(id);
        return new AccessExplainer(em).whoCanSeeCase(id);
    }

    /** Changes the status of a case the user may change (operator staff and partners with WRITE). */
    public Case changeStatus(long id, CaseStatus status) {
        Case found = get(id);
        if (!currentScope.get().canWrite(found.getCustomerId())) {
            throw new WriteNotAllowedException();
        }
        CaseStatus before = found.getStatus();
        found.setStatus(status, Instant.now());
        auditLog.record("case.status", found.getCustomerId(), "Case " + id + " \"" + found.getTitle() + "\"", before.name(), status.name());
        return found;
    }
}
