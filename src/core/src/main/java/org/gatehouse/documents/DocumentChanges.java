package org.gatehouse.documents;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.company.Customer;
import org.gatehouse.events.RecordEvent;
import org.gatehouse.files.Attachment;
import org.gatehouse.files.AttachmentStore;
import org.gatehouse.files.FileNames;
import org.gatehouse.files.NewFile;
import org.gatehouse.user.AccountGate;
import org.gatehouse.validation.InvalidInputException;

/**
 * Changes to documents, made by the user whose scope is bound to the persistence context: new versions
 * (uploaded or generated) and sharing a version with the customer or hiding it again. Only staff and
 * partners with WRITE on the customer change anything. Sharing a version writes a {@link RecordEvent} in the
 * same transaction, from which the notification job later mails the contacts who see it then.
 */
public class DocumentChanges {

    private final EntityManager em;
    private final AccessScope scope;
    private final long maxFileBytes;

    public DocumentChanges(EntityManager em, AccessScope scope, long maxFileBytes) {
        this.em = em;
        this.scope = scope;
        this.maxFileBytes = maxFileBytes;
    }

    /** A new version of the customer's document of this title; the document is made when there is none. */
    public DocumentVersion addVersion(long customerId, String title, DocumentVersion.Kind kind, String fileName,
                                      InputStream content, String note, boolean shared, Instant now) {
        Customer customer = writableCustomer(customerId);
        Document document = documentTitled(customer, validTitle(title), now);
        String validNote = validNote(note);
        DocumentVersion version = new DocumentVersion(document, new DocumentQueries(em).nextNumber(document), kind, validNote, shared,
                AccountGate.own(em, scope), now);
        em.persist(version);
        String name = FileNames.sanitized(fileName);
        AttachmentStore.Stored stored = new AttachmentStore(em).write(name, content, maxFileBytes);
        em.persist(new Attachment(version, null, version.getAudience(), version.getAuthor(), name, stored, now));
        em.flush();
        document.sharedWhile(new DocumentQueries(em).anyShared(document), now);
        if (shared) {
            em.persist(new RecordEvent(version, RecordEvent.Kind.SHARED, null, scope.userId(), null, now));
        }
        return version;
    }

    /** Shares the version with the customer's contacts, or hides it from them again. */
    public DocumentVersion share(long versionId, boolean shared, Instant now) {
        DocumentVersion version = em.find(DocumentVersion.class, versionId);
        if (version == null) {
            throw new RecordNotFoundException("Document version", versionId);
        }
        writableCustomer(version.getCustomerId());
        if (version.isShared() == shared) {
            return version;
        }
        version.shared(shared);
        Attachment file = file(version);
        file.shownTo(version.getAudience());
        em.flush();
        version.getDocument().sharedWhile(new DocumentQueries(em).anyShared(version.getDocument()), now);
        if (shared) {
            em.persist(new RecordEvent(version, RecordEvent.Kind.SHARED, null, scope.userId(), null, now));
        }
        return version;
    }

    /** The version's file. */
    public Attachment file(DocumentVersion version) {
        return em.createQuery("select f from Attachment f where f.recordType = 'DocumentVersion' and f.recordId = :version", Attachment.class)
                .setParameter("version", version.getId()).getSingleResult();
    }

    /** The customer, in sight and with WRITE: otherwise not found, or refused. */
    Customer writableCustomer(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new RecordNotFoundException("Customer", customerId);
        }
        if (!scope.canWrite(customerId)) {
            throw new WriteNotAllowedException("You may read this customer's documents but not change them.");
        }
        return customer;
    }

    private Document documentTitled(Customer customer, String title, Instant now) {
        Document existing = new DocumentQueries(em).documentTitled(customer.getId(), title);
        if (existing != null) {
            return existing;
        }
        Document document = new Document(customer.getId(), title, now);
        em.persist(document);
        return document;
    }

    private static String validTitle(String title) {
        String text = title == null ? "" : title.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("title", "Please give the document a title.");
        }
        if (text.length() > Document.TITLE_LENGTH) {
            throw new InvalidInputException("title", "A title has at most " + Document.TITLE_LENGTH + " characters.");
        }
        return text;
    }

    private static String validNote(String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > DocumentVersion.NOTE_LENGTH) {
            throw new InvalidInputException("note", "A note has at most " + DocumentVersion.NOTE_LENGTH + " characters.");
        }
        return text;
    }

    /** Opens an uploaded file's bytes, or says it could not. */
    static InputStream opened(NewFile file) {
        if (file == null) {
            throw new InvalidInputException("file", "Please choose the file of the new version.");
        }
        try {
            return file.content().open();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file " + file.name(), e);
        }
    }
}
