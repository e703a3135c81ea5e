package org.gatehouse.cases;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gatehouse.files.Attachment;
import org.gatehouse.files.AttachmentStore;
import org.gatehouse.files.NewFile;
import org.gatehouse.access.AccessScope;
import org.gatehouse.assets.Asset;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.UserKind;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.company.Customer;
import org.gatehouse.events.RecordEvent;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.user.AccountGate;
import org.gatehouse.validation.InvalidInputException;

/**
 * The rules for working on cases, for one user's scope: submitting and opening cases, comments and internal
 * notes, files, status and assignment. Every check comes before any change; every change touches the case
 * (so "last update" sorts right) and writes a {@link RecordEvent} in the same transaction, from which the
 * notification job later mails. The caller audits.
 *
 * <p>Two people never overwrite each other: a status or assignment change names the case's version the page
 * showed and is refused with {@link CaseChangedException} when the case changed since. A new case or comment
 * names the one-time token of its form: the same form sent again returns what it created the first time.
 */
public class CaseChanges {

    static final int TITLE_LENGTH = 200;
    static final int TEXT_LENGTH = 20_000;
    static final int FORM_TOKEN_LENGTH = 64;

    private final EntityManager em;
    private final AccessScope scope;
    private final long maxFileBytes;

    /** @param em a persistence context the scope is bound to */
    public CaseChanges(EntityManager em, AccessScope scope, long maxFileBytes) {
        this.em = em;
        this.scope = scope;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * A contact's new case: for their own company, with themselves as the requester. The same form sent again
     * returns the case it created.
     */
    public Case submit(CaseType type, String title, String description, List<NewFile> files, String formToken, Instant now) {
        if (scope.kind() != UserKind.CUSTOMER) {
            throw new WriteNotAllowedException();
        }
        Long companyId = (Long) em.createQuery("select u.company.id from UserAccount u where u.id = :me and u.active = true")
                .setParameter("me", scope.userId()).getResultStream().findFirst().orElse(null);
        if (scope.isReadOnly() || companyId == null || !scope.breadth().contains(companyId)) {
            throw new WriteNotAllowedException();
        }
        return create(companyId, scope.userId(), null, type, title, description, files, formToken, now);
    }

    /**
     * A contact's request about an asset they see (its page's "Raise a request"), for the asset's customer, with
     * themselves as the requester. The same form sent again returns the case it created.
     */
    public Case raiseAbout(long assetId, CaseType type, String title, String description, List<NewFile> files, String formToken, Instant now) {
        if (scope.kind() != UserKind.CUSTOMER || scope.isReadOnly()) {
            throw new WriteNotAllowedException();
        }
        Asset asset = em.find(Asset.class, assetId);
        if (asset == null) {
            throw new RecordNotFoundException("Asset", assetId);
        }
        return create(asset.getCustomerId(), scope.userId(), assetId, type, title, description, files, formToken, now);
    }

    /**
     * A case that operator staff or a partner open for a customer they have WRITE on; it has no requester. The
     * same form sent again returns the case it created.
     */
    public Case open(Long customerId, CaseType type, String title, String description, List<NewFile> files, String formToken, Instant now) {
        if (customerId == null) {
            throw new InvalidInputException("customer", "Please choose the customer.");
        }
        if (em.find(Customer.class, customerId) == null) {
            throw new RecordNotFoundException("Customer", customerId);
        }
        if (scope.kind() == UserKind.CUSTOMER || !scope.canWrite(customerId)) {
            throw new WriteNotAllowedException();
        }
        return create(customerId, null, null, type, title, description, files, formToken, now);
    }

    /** The case the form with this token created, if it was sent before and the case is in scope. */
    public Optional<Case> caseSentFrom(String formToken) {
        return em.createQuery("select c from SupportCase c where c.formToken = :token", Case.class)
                .setParameter("token", validFormToken(formToken)).getResultStream().findFirst();
    }

    /** The comment the form with this token created, if it was sent before and the comment is in scope. */
    public Optional<CaseComment> commentSentFrom(String formToken) {
        return em.createQuery("select c from CaseComment c where c.formToken = :token", CaseComment.class)
                .setParameter("token", validFormToken(formToken)).getResultStream().findFirst();
    }

    private Case create(long customerId, Long requesterId, Long assetId, CaseType type, String title, String description, List<NewFile> files,
                        String formToken, Instant now) {
        Optional<Case> sent = caseSentFrom(formToken);
        if (sent.isPresent()) {
            return sent.get();
        }
        if (type == null) {
            throw new InvalidInputException("type", "Please choose what kind of request this is.");
        }
        Case created = new Case(customerId, requesterId, type, validTitle(title), optionalText("description", description), now);
        created.sentFrom(formToken);
        created.about(assetId);
        em.persist(created);
        em.flush();
        attach(created, null, files, now);
        em.persist(new RecordEvent(created, RecordEvent.Kind.CREATED, null, scope.userId(), null, now));
        return created;
    }

    /**
     * A comment on a case the user sees, with its files. An internal note is for back-office users with WRITE
     * (contacts never write one); a public comment for them too, and for contacts on every case they see. The same
     * form sent again returns the comment it created.
     */
    public CaseComment comment(long caseId, String body, boolean internal, List<NewFile> files, String formToken, Instant now) {
        Case onCase = find(caseId);
        if (!scope.canComment(onCase.getCustomerId()) || internal && scope.kind() == UserKind.CUSTOMER) {
            throw new WriteNotAllowedException();
        }
        Optional<CaseComment> sent = commentSentFrom(formToken);
        if (sent.isPresent()) {
            return sent.get();
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("comment", internal ? "Please write the note." : "Please write your comment.");
        }
        if (text.length() > TEXT_LENGTH) {
            throw new InvalidInputException("comment", "A comment has at most " + TEXT_LENGTH + " characters.");
        }
        CaseComment comment = new CaseComment(onCase, me(), internal, text, now);
        comment.sentFrom(formToken);
        em.persist(comment);
        em.flush();
        attach(onCase, comment, files, now);
        onCase.touched(now);
        // internal notes too: the notification job decides who may hear of them
        em.persist(new RecordEvent(onCase, RecordEvent.Kind.COMMENTED, comment.getId(), scope.userId(), null, now));
        return comment;
    }

    /**
     * Changes the status. Staff and partners with WRITE set any status; a contact who may update the case
     * ({@link AccessScope#canUpdateCase}) closes it, or opens a closed one again.
     *
     * @param seenVersion the case's version on the page the change comes from
     * @return the case; unchanged (and no event) when it already has the status
     * @throws CaseChangedException when the case changed since the page showed it: nothing is changed
     */
    public Case changeStatus(long caseId, CaseStatus status, int seenVersion, Instant now) {
        Case found = find(caseId);
        if (status == null) {
            throw new InvalidInputException("status", "Please choose a status.");
        }
        if (!scope.canUpdateCase(found.getCustomerId(), found.getRequesterId())) {
            throw new WriteNotAllowedException();
        }
        boolean contactMayDoIt = status == CaseStatus.CLOSED || found.getStatus() == CaseStatus.CLOSED && status == CaseStatus.OPEN;
        if (scope.kind() == UserKind.CUSTOMER && !contactMayDoIt) {
            throw new WriteNotAllowedException();
        }
        unchangedSince(found, seenVersion);
        if (found.getStatus() == status) {
            return found;
        }
        found.setStatus(status, now);
        em.persist(new RecordEvent(found, RecordEvent.Kind.STATUS_CHANGED, null, scope.userId(), status.getLabel(), now));
        return saved(found);
    }

    /**
     * Gives the case to an internal user who can work on it (active, and an administrator or a member of the
     * customer's group), or to nobody when {@code assigneeId} is null. Needs WRITE.
     *
     * @param seenVersion the case's version on the page the change comes from
     * @return the case; unchanged (and no event) when it already has that assignee
     * @throws CaseChangedException when the case changed since the page showed it: nothing is changed
     */
    public Case assign(long caseId, Long assigneeId, int seenVersion, Instant now) {
        Case found = find(caseId);
        if (!scope.canWrite(found.getCustomerId())) {
            throw new WriteNotAllowedException();
        }
        unchangedSince(found, seenVersion);
        UserAccount assignee = null;
        if (assigneeId != null) {
            assignee = eligibleAssignees(found.getCustomerId()).stream().filter(user -> user.getId().equals(assigneeId)).findFirst().orElse(null);
            if (assignee == null) {
                throw new InvalidInputException("assignee", "Cases of " + customerName(found) + " can only go to active operator staff"
                        + " who are administrators or members of its customer group.");
            }
        }
        Long before = found.getAssignee() == null ? null : found.getAssignee().getId();
        if (before == null ? assigneeId == null : before.equals(assigneeId)) {
            return found;
        }
        found.setAssignee(assignee, now);
        // no name when unassigned: nobody is to be told they got it
        em.persist(new RecordEvent(found, RecordEvent.Kind.ASSIGNED, null, scope.userId(), assignee == null ? null : assignee.getDisplayName(), now));
        return saved(found);
    }

    private static void unchangedSince(Case found, int seenVersion) {
        if (found.getVersion() != seenVersion) {
            throw new CaseChangedException();
        }
    }

    /** Writes the change now: a change committed by someone else after our check is then refused like one before it. */
    private Case saved(Case found) {
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new CaseChangedException();
        }
        return found;
    }

    /** The internal users a case of the customer may be assigned to: active administrators and members of its group, by name. */
    public List<UserAccount> eligibleAssignees(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        Long groupId = customer == null || customer.getCustomerGroup() == null ? null : customer.getCustomerGroup().getId();
        return em.createQuery("select u from UserAccount u where u.kind = org.gatehouse.access.UserKind.INTERNAL and u.active = true"
                        + " and (u.admin = true or u.id in (select m.user.id from GroupMembership m where m.customerGroup.id = :group))"
                        + " order by u.displayName, u.id", UserAccount.class)
                .setParameter("group", groupId == null ? -1L : groupId).getResultList();
    }

    /** Stores the files on the case (or on its comment) in this transaction; a file too large rolls everything back. */
    private List<Attachment> attach(Case onCase, CaseComment comment, List<NewFile> files, Instant now) {
        List<Attachment> attached = new ArrayList<>();
        if (files == null || files.isEmpty()) {
            return attached;
        }
        AttachmentStore store = new AttachmentStore(em);
        UserAccount uploader = me();
        for (NewFile file : files) {
            attached.add(comment == null ? store.attach(onCase, null, onCase.getAudience(), uploader, file, maxFileBytes, now)
                    : store.attach(onCase, comment.getId(), comment.getAudience(), uploader, file, maxFileBytes, now));
        }
        onCase.touched(now);
        return attached;
    }

    private Case find(long caseId) {
        Case found = em.find(Case.class, caseId);
        if (found == null) {
            throw new RecordNotFoundException("Case", caseId);
        }
        return found;
    }

    private UserAccount me() {
        return AccountGate.own(em, scope);
    }

    private String customerName(Case found) {
        Customer customer = em.find(Customer.class, found.getCustomerId());
        return customer == null ? "this customer" : customer.getName();
    }

    /** Every page form carries one (a random UUID); without it a form could not be recognised when sent again. */
    private static String validFormToken(String formToken) {
        if (formToken == null || formToken.isBlank() || formToken.length() > FORM_TOKEN_LENGTH) {
            throw new InvalidInputException(null, "This form is out of date: please open the page again. Nothing was saved.");
        }
        return formToken;
    }

    private static String validTitle(String title) {
        String text = title == null ? "" : title.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("title", "Please give the case a title.");
        }
        if (text.length() > TITLE_LENGTH) {
            throw new InvalidInputException("title", "A title has at most " + TITLE_LENGTH + " characters.");
        }
        return text;
    }

    private static String optionalText(String field, String text) {
        String value = text == null ? "" : text.strip();
        if (value.length() > TEXT_LENGTH) {
            throw new InvalidInputException(field, "A description has at most " + TEXT_LENGTH + " characters.");
        }
        return value;
    }
}
