package org.gatehouse.documents;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.company.Customer;
import org.gatehouse.files.Attachment;
import org.gatehouse.files.AttachmentStore;
import org.gatehouse.files.FileNames;
import org.gatehouse.mail.MailOutbox;
import org.gatehouse.user.AccountGate;
import org.gatehouse.validation.InvalidInputException;

/**
 * Changes to documents, made by the user whose scope is bound to the persistence context: new versions
 * (uploaded or generated) and sharing a version with the customer or hiding it again. Only staff and
 * partners with WRITE on the customer change anything; a version shared is mailed to the contacts who see
 * it and want such mail, checked again right before each mail leaves.
 */
public class DocumentChanges {

    private final EntityManager em;
    private final AccessScope scope;
    private final long maxFileBytes;
    private final MailOutbox outbox;
    private final URI portalUrl;

    public DocumentChanges(EntityManager em, AccessScope scope, long maxFileBytes, MailOutbox outbox, URI portalUrl) {
        this.em = em;
        this.scope = scope;
        this.maxFileBytes = maxFileBytes;
        this.outbox = outbox;
        this.portalUrl = portalUrl;
    }

    /**
     * A new version of the customer's document: of the document given, or of the one with this title (made
     * when there is none).
     *
     * @param documentId the document to add to, or null to name it by {@code title}
     */
    public DocumentVersion addVersion(long customerId, Long documentId, String title, DocumentVersion.Kind kind, String fileName,
                                      InputStream content, String note, boolean shared, Instant now) {
        Customer customer = writableCustomer(customerId);
        Document document = documentId != null ? document(documentId, customerId) : documentTitled(customer, validTitle(title), now);
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
            mailContacts(version, name);
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
            mailContacts(version, file.getFileName());
        }
        return version;
    }

    /** The version's file. */
    public Attachment file(DocumentVersion version) {
        return em.createQuery("select f from Attachment f where f.recordType = 'DocumentVersion' and f.recordId = :version", Attachment.class)
                .setParameter("version", version.getId()).getSingleResult();
    }

    private Customer writableCustomer(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new RecordNotFoundException("Customer", customerId);
        }
        if (!scope.canWrite(customerId)) {
            throw new WriteNotAllowedException("You may read this customer's documents but not change them.");
        }
        return customer;
    }

    private Document document(long documentId, long customerId) {
        Document document = em.find(Document.class, documentId);
        if (document == null || document.getCustomerId() != customerId) {
            throw new RecordNotFoundException("Document", documentId);
        }
        return document;
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

    /** Active contacts who want mail and whose companies include the customer: its own, and group-level ones above it. */
    private void mailContacts(DocumentVersion version, String fileName) {
        List<?> contacts = em.createNativeQuery("""
                with recursive above(id) as (
                    select parent_id from company where id = ?1 and parent_id is not null
                    union
                    select c.parent_id from company c join above a on c.id = a.id where c.parent_id is not null
                )
                select id, email, display_name from user_account
                where kind = 'CUSTOMER' and active and case_mail
                  and (company_id = ?1 or (group_level and company_id in (select id from above)))
                order by id""").setParameter(1, version.getCustomerId()).getResultList();
        Document document = version.getDocument();
        for (Object row : contacts) {
            Object[] contact = (Object[]) row;
            outbox.enqueueAboutRecord(((Number) contact[0]).longValue(), (String) contact[1], version.recordType(), version.getId(), null,
                    "Document shared with you: " + document.getTitle(),
                    "Hello " + contact[2] + ",\n\n"
                            + "version " + version.getNumber() + " of \"" + document.getTitle() + "\" (" + fileName + ") is now in your documentation:\n"
                            + portalUrl.resolve("documents.xhtml") + "\n\n"
                            + (version.getNote().isEmpty() ? "" : "Note: " + version.getNote() + "\n\n")
                            + "You get this mail because you chose mail about your cases and documents (My account).\n");
        }
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
    static InputStream opened(org.gatehouse.files.NewFile file) {
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
