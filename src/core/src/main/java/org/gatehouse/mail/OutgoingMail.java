package org.gatehouse.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    protected OutgoingMail() {
    }

    OutgoingMail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
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
}
