package org.gatehouse.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail sent because someone who is not signed in asked for it; counted per recipient by {@link RequestedMails}. */
@Entity
@Table(name = "requested_mail")
@NamedQuery(name = RequestedMail.COUNT_SINCE, query = "select count(m) from RequestedMail m where m.recipient = :recipient and m.sentAt > :since")
public class RequestedMail {

    public static final String COUNT_SINCE = "RequestedMail.countSince";

    @Id
    @SequenceGenerator(name = "requested_mail_seq", sequenceName = "requested_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "requested_mail_seq")
    private Long id;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected RequestedMail() {
    }

    RequestedMail(String recipient, Instant sentAt) {
        this.recipient = recipient;
        this.sentAt = sentAt;
    }
}
