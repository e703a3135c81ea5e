package org.gatehouse.documents;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.company.Customer;
import org.gatehouse.files.AttachmentSettings;
import org.gatehouse.validation.InvalidInputException;

/**
 * Makes a documentation snapshot in the background, so the page that asked stays usable and shows the
 * progress. It runs as the user who started it, with their scope computed again now: what they no longer
 * see (or may no longer change) does not go into, or get, a snapshot.
 */
@Stateless
public class SnapshotWriter {

    static final String TITLE = "Documentation snapshot";

    private static final Logger LOG = Logger.getLogger(SnapshotWriter.class.getName());
    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm").withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    AttachmentSettings attachmentSettings;

    @Resource
    SessionContext context;

    /** Outside a transaction: the job says done only once the version is committed. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void write(SnapshotJob job) {
        try {
            job.done(context.getBusinessObject(SnapshotWriter.class).make(job));
        } catch (InvalidInputException | WriteNotAllowedException | RecordNotFoundException refusal) {
            job.failed(refusal.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Documentation snapshot " + job.getId() + " failed", e);
            job.failed("the server could not make it; the log says why (snapshot " + job.getId() + ")");
        }
    }

    /** In a transaction of its own: the version, its file, the audit entry and the event of a shared version together, or nothing. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long make(SnapshotJob job) {
        AccessScope scope = AccessScope.compute(em, job.userId());
        scope.bindTo(em);
        DocumentChanges changes = new DocumentChanges(em, scope, attachmentSettings.maxBytes());
        // checked before anything is rendered: a user who lost sight or WRITE since the click gets no snapshot
        Customer customer = changes.writableCustomer(job.getCustomerId());
        Instant now = Instant.now();
        String html = DocumentationSnapshot.html(em, customer, now);
        job.at(1);
        byte[] pdf = DocumentationSnapshot.pdf(html);
        job.at(2);
        String fileName = "documentation-" + FILE_DAY.format(now) + ".pdf";
        DocumentVersion version = changes.addVersion(customer.getId(), TITLE, DocumentVersion.Kind.SNAPSHOT, fileName, new ByteArrayInputStream(pdf),
                        "Generated from the customer's data", job.shared(), now);
        auditLog.recordBy(email(job.userId()), "document.snapshot", customer.getId(),
                DocumentService.subject(version) + " \"" + fileName + "\"", null, job.shared() ? "shared" : "hidden");
        return version.getId();
    }

    private String email(long userId) {
        return (String) em.createNativeQuery("select email from user_account where id = ?1").setParameter(1, userId).getSingleResult();
    }
}
