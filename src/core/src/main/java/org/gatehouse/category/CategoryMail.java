package org.gatehouse.category;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.gatehouse.access.InAccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.mail.MailOutbox;
import org.gatehouse.user.Contact;
import org.gatehouse.validation.InvalidInputException;

/**
 * E-mail to a whole category (seed 003, "the Email function allows one to send emails to specific
 * groups of user categories"): to every active contact in it whom the sender may see, and no one else.
 */
@Stateless
@InAccessScope
@RolesAllowed(Role.STAFF)
public class CategoryMail {

    private static final int SUBJECT_LENGTH = 300;

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    MailOutbox mailOutbox;

    private Categories categories;

    @PostConstruct
    void init() {
        categories = new Categories(em);
    }

    /** How many contacts a mail to the category would reach now: the preview before sending. */
    public long recipientCount(long categoryId) {
        get(categoryId);
        return categories.recipientCount(categoryId);
    }

    /** @return how many contacts the mail went to */
    public int send(long categoryId, String subject, String body) {
        Category category = get(categoryId);
        String mailSubject = subject == null ? "" : subject.strip();
        if (mailSubject.isEmpty() || mailSubject.length() > SUBJECT_LENGTH) {
            throw new InvalidInputException("subject", "Please enter a subject of at most " + SUBJECT_LENGTH + " characters.");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "Please write the mail.");
        }
        List<Contact> recipients = categories.recipients(categoryId);
        if (recipients.isEmpty()) {
            throw new InvalidInputException(null, "No active contact of your customers is in " + category.getName() + ": there is no one to send to.");
        }
        // the outbox joins this transaction: a refused or failed send enqueues nothing
        recipients.forEach(recipient -> mailOutbox.enqueue(recipient.getEmail(), mailSubject, body));
        auditLog.record("category.mail", null, CategoryService.subject(category), null, recipients.size() + " recipients: " + mailSubject);
        return recipients.size();
    }

    private Category get(long categoryId) {
        return categories.find(categoryId).orElseThrow(() -> new RecordNotFoundException("Category", categoryId));
    }
}
