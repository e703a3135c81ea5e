package org.gatehouse.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail in the outbox, written by {@link MailOutbox}; {@link MailDelivery} sends it and keeps its state. */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 9)
    private MailState state = MailState.PENDING;

    private int attempts;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    /** For a mail about a record: the user it goes to, checked again right before sending ({@link RecordMailCheck}). */
    @Column(name = "recipient_id")
    private Long recipientId;

    /** The record's entity name, e.g. {@code SupportCase}. */
    @Column(name = "record_type", length = 40)
    private String recordType;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "comment_id")
    private Long commentId;

    /** The password or confirmation link in the body, a secret: {@link MailDelivery} takes it out of the body once sent. */
    private String link;

    protected OutgoingMail() {
    }

    OutgoingMail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    OutgoingMail(String recipient, String subject, String body, String link, Instant now) {
        this(recipient, subject, body, now);
        if (!body.contains(link)) {
            throw new IllegalArgumentException("The link must be in the mail's body");
        }
        this.link = link;
    }

    OutgoingMail(long recipientId, String recipient, String recordType, long recordId, Long commentId, String subject, String body, Instant now) {
        this(recipient, subject, body, now);
        this.recipientId = recipientId;
        this.recordType = recordType;
        this.recordId = recordId;
        this.commentId = commentId;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Long getCommentId() {
        return commentId;
    }

    /** Back to the queue at once, with a fresh round of attempts: an administrator's "Send again". */
    void sendAgain(Instant now) {
        this.state = MailState.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
    }
}
