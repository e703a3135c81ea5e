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
import org.gatehouse.access.UserKind;
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

    /** One page of the cases in scope that the filter asks for; a view is always the signed-in user's own. */
    public List<CaseRow> page(CaseFilter filter, int first, int size, CaseSort sort, boolean ascending) {
        return queries.page(filter.forViewer(currentScope.get().userId()), first, size, sort, ascending);
    }

    public long count(CaseFilter filter) {
        return queries.count(filter.forViewer(currentScope.get().userId()));
    }

    /** The portal views the signed-in contact is offered; none for staff and partners, who list everything in scope. */
    public List<CaseView> views() {
        return currentScope.get().kind() == UserKind.CUSTOMER ? queries.viewsOf(currentScope.get().userId()) : List.of();
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
