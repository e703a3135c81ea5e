package org.gatehouse.cases;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gatehouse.files.Attachment;
import org.gatehouse.files.AttachmentSettings;
import org.gatehouse.files.AttachmentStore;
import org.gatehouse.files.FileNames;
import org.gatehouse.files.NewFile;
import org.gatehouse.access.AccessExplainer;
import org.gatehouse.access.CurrentScope;
import org.gatehouse.access.InAccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.access.UserKind;
import org.gatehouse.access.WhoCanSee;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.company.CustomerGroup;
import org.gatehouse.identity.UserAccount;

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

    @Inject
    AttachmentSettings attachmentSettings;

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

    /** "Who can see this?": every user who may see the case, with the reasons, as far as the viewer may know them. */
    @RolesAllowed(Role.STAFF)
    public WhoCanSee whoCanSee(long id) {
        get(id);
        return new AccessExplainer(em, currentScope.get()).whoCanSeeCase(id);
    }

    /**
     * A contact submits a case for their company, with files; the page then shows it. The same form sent again
     * (its one-time token) answers with the case it created, and nothing new is stored or audited.
     *
     * @throws org.gatehouse.validation.InvalidInputException for a missing title or type, or a file too large: nothing is stored
     */
    @RolesAllowed(Role.CUSTOMER)
    public Case submit(CaseType type, String title, String description, List<NewFile> files, String formToken) {
        Optional<Case> sent = changes().caseSentFrom(formToken);
        if (sent.isPresent()) {
            return sent.get();
        }
        Case created = changes().submit(type, title, description, files, formToken, Instant.now());
        auditLog.record("case.submit", created.getCustomerId(), subject(created), null, created.getType().name());
        auditFiles(created);
        return created;
    }

    /** A contact raises a request about an asset they see, for its customer; once per form, like {@link #submit}. */
    @RolesAllowed(Role.CUSTOMER)
    public Case raiseAbout(long assetId, CaseType type, String title, String description, List<NewFile> files, String formToken) {
        Optional<Case> sent = changes().caseSentFrom(formToken);
        if (sent.isPresent()) {
            return sent.get();
        }
        Case created = changes().raiseAbout(assetId, type, title, description, files, formToken, Instant.now());
        auditLog.record("case.submit", created.getCustomerId(), subject(created), null, created.getType().name() + " about asset " + assetId);
        auditFiles(created);
        return created;
    }

    /** The requests about the asset that the user sees, newest first. */
    public List<Case> aboutAsset(long assetId) {
        return em.createQuery("select c from SupportCase c where c.assetId = :asset order by c.createdAt desc, c.id desc", Case.class)
                .setParameter("asset", assetId).getResultList();
    }

    /** Operator staff or a partner with WRITE open a case for a customer; it has no requester. Once per form, like {@link #submit}. */
    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public Case open(Long customerId, CaseType type, String title, String description, List<NewFile> files, String formToken) {
        Optional<Case> sent = changes().caseSentFrom(formToken);
        if (sent.isPresent()) {
            return sent.get();
        }
        Case created = changes().open(customerId, type, title, description, files, formToken, Instant.now());
        auditLog.record("case.open", created.getCustomerId(), subject(created), null, created.getType().name());
        auditFiles(created);
        return created;
    }

    /** A public comment, or an internal note (back office only), with files. Once per form, like {@link #submit}. */
    public CaseComment comment(long caseId, String body, boolean internal, List<NewFile> files, String formToken) {
        Optional<CaseComment> sent = changes().commentSentFrom(formToken);
        if (sent.isPresent()) {
            return sent.get();
        }
        CaseComment comment = changes().comment(caseId, body, internal, files, formToken, Instant.now());
        Case onCase = get(caseId);
        auditLog.record(internal ? "case.internal-note" : "case.comment", onCase.getCustomerId(), subject(onCase), null,
                "comment " + comment.getId());
        for (Attachment file : queries.attachments(caseId)) {
            if (comment.getId().equals(file.getCommentId())) {
                auditFile(onCase, file);
            }
        }
        return comment;
    }

    /**
     * Changes the status of a case: operator staff and partners with WRITE to any status; a contact who may
     * update the case closes it or opens it again.
     *
     * @param seenVersion the case's version on the page
     * @throws CaseChangedException when someone changed the case since: nothing is changed
     */
    public Case changeStatus(long id, CaseStatus status, int seenVersion) {
        CaseStatus before = get(id).getStatus();
        Case found = changes().changeStatus(id, status, seenVersion, Instant.now());
        if (before != status) {
            auditLog.record("case.status", found.getCustomerId(), subject(found), before.name(), status.name());
        }
        return found;
    }

    /**
     * Assigns the case to an eligible internal user, or to nobody (null); needs WRITE.
     *
     * @param seenVersion the case's version on the page
     * @throws CaseChangedException when someone changed the case since: nothing is changed
     */
    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public Case assign(long id, Long assigneeId, int seenVersion) {
        Case before = get(id);
        String from = before.getAssignee() == null ? null : before.getAssignee().getDisplayName();
        Case found = changes().assign(id, assigneeId, seenVersion, Instant.now());
        String to = found.getAssignee() == null ? null : found.getAssignee().getDisplayName();
        if (!Objects.equals(from, to)) {
            auditLog.record("case.assign", found.getCustomerId(), subject(found), from, to);
        }
        return found;
    }

    /** The internal users the case may be assigned to. */
    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public List<UserAccount> eligibleAssignees(long id) {
        return changes().eligibleAssignees(get(id).getCustomerId());
    }

    /** The case a form with this token created, if one was sent from it: to answer honestly after a failure. */
    public Optional<Case> caseSentFrom(String formToken) {
        return changes().caseSentFrom(formToken);
    }

    /** The comment a form with this token created, if one was sent from it. */
    public Optional<CaseComment> commentSentFrom(String formToken) {
        return changes().commentSentFrom(formToken);
    }

    /** The comments of a case the user sees, oldest first; internal notes only in the back office. */
    public List<CaseComment> comments(long caseId) {
        get(caseId);
        return queries.comments(caseId);
    }

    /** The files of a case the user sees; those of internal notes only in the back office. */
    public List<Attachment> attachments(long caseId) {
        get(caseId);
        return queries.attachments(caseId);
    }

    /** The customer groups of the customers in scope: the choices of the back office's group filter. */
    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public List<CustomerGroup> customerGroups() {
        return queries.customerGroups();
    }

    /** The users assigned to cases in scope: the named choices of the back office's assignee filter. */
    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public List<UserAccount> assignees() {
        return queries.assignees();
    }

    private void auditFiles(Case created) {
        for (Attachment file : queries.attachments(created.getId())) {
            auditFile(created, file);
        }
    }

    private void auditFile(Case onCase, Attachment file) {
        auditLog.record("attachment.add", onCase.getCustomerId(), subject(onCase), null,
                file.getFileName() + " (" + file.getContentType() + ", " + file.getSizeBytes() + " bytes)");
    }

    private CaseChanges changes() {
        return new CaseChanges(em, currentScope.get(), attachmentSettings.maxBytes());
    }

    private static String subject(Case found) {
        return "Case " + found.getId() + " \"" + found.getTitle() + "\"";
    }
}
