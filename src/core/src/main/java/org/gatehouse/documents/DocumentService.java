package org.gatehouse.documents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gatehouse.access.CurrentScope;
import org.gatehouse.access.InAccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.company.Customer;
import org.gatehouse.files.AttachmentSettings;
import org.gatehouse.files.NewFile;

/**
 * Documents as the signed-in user may see and change them: the back office lists every version of its
 * customers and, with WRITE, adds versions, generates snapshots and shares or hides versions; a contact lists
 * the versions shared with their companies. Every change is in the audit log.
 */
@Stateless
@InAccessScope
@RolesAllowed({Role.STAFF, Role.PARTNER, Role.CUSTOMER})
public class DocumentService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    CurrentScope currentScope;

    @Inject
    AuditLog auditLog;

    @Inject
    AttachmentSettings attachmentSettings;

    @Inject
    SnapshotJobs snapshotJobs;

    @Inject
    SnapshotWriter snapshotWriter;

    /** One page of the versions the reader sees, newest first. */
    public List<VersionRow> page(DocumentFilter filter, int first, int size) {
        return new DocumentQueries(em).page(filter, first, size);
    }

    public long count(DocumentFilter filter) {
        return new DocumentQueries(em).count(filter);
    }

    /** The customer's document titles, for adding a version to one of them. */
    public List<String> titles(long customerId) {
        return new DocumentQueries(em).titles(customerId);
    }

    /** Whether the user may add and share the customer's documents: staff and partners with WRITE, never in "view as". */
    public boolean canChange(long customerId) {
        return currentScope.get().canWrite(customerId);
    }

    /** Uploads a new version of the customer's document of this title (a new document when there is none). */
    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public VersionRow upload(long customerId, String title, NewFile file, String note, boolean shared) {
        DocumentVersion version = changes().addVersion(customerId, title, DocumentVersion.Kind.UPLOAD,
                file == null ? null : file.name(), DocumentChanges.opened(file), note, shared, Instant.now());
        auditLog.record("document.version", customerId, subject(version), null, shared ? "shared" : "hidden");
        return row(version);
    }

    /** Shares a version with the customer's contacts or hides it from them again; one click on the list. */
    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public VersionRow share(long versionId, boolean shared) {
        DocumentVersion before = version(versionId);
        boolean was = before.isShared();
        DocumentVersion version = changes().share(versionId, shared, Instant.now());
        if (was != shared) {
            auditLog.record(shared ? "document.share" : "document.hide", version.getCustomerId(), subject(version),
                    was ? "shared" : "hidden", shared ? "shared" : "hidden");
        }
        return row(version);
    }

    /**
     * Starts a documentation snapshot of the customer in the background; the page follows it with
     * {@link #snapshot(String)}. A user's second request while one runs answers the running one.
     */
    @RolesAllowed({Role.STAFF, Role.PARTNER})
    public SnapshotJob startSnapshot(long customerId, boolean shared) {
        changes().writableCustomer(customerId);
        long userId = currentScope.get().userId();
        Optional<SnapshotJob> running = snapshotJobs.running(userId);
        if (running.isPresent()) {
            return running.get();
        }
        SnapshotJob job = snapshotJobs.start(userId, customerId, shared, Instant.now());
        snapshotWriter.write(job);
        return job;
    }

    /** The signed-in user's snapshot job, while this server remembers it. */
    public Optional<SnapshotJob> snapshot(String jobId) {
        return snapshotJobs.of(currentScope.get().userId(), jobId);
    }

    private DocumentVersion version(long versionId) {
        DocumentVersion version = em.find(DocumentVersion.class, versionId);
        if (version == null) {
            throw new RecordNotFoundException("Document version", versionId);
        }
        return version;
    }

    private VersionRow row(DocumentVersion version) {
        return new DocumentQueries(em).row(version.getId()).orElseThrow();
    }

    private DocumentChanges changes() {
        return new DocumentChanges(em, currentScope.get(), attachmentSettings.maxBytes());
    }

    /** How the audit log names a version, e.g. {@code Document 7 "Service contract", version 3}. */
    static String subject(DocumentVersion version) {
        return "Document " + version.getDocument().getId() + " \"" + version.getDocument().getTitle() + "\", version " + version.getNumber();
    }
}
