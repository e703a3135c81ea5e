package org.gatehouse.mail;

import java.io.Serializable;
import java.time.Instant;

/** One mail of the outbox as the Mail screen shows it (a bean: pages read it through EL). */
public final class MailRow implements Serializable {

    private final long id;
    private final Instant createdAt;
    private final String recipient;
    private final String subject;
    private final MailState state;
    private final int attempts;
    private final Instant nextAttemptAt;
    private final Instant sentAt;
    private final String lastError;

    public MailRow(long id, Instant createdAt, String recipient, String subject, MailState state, int attempts,
                   Instant nextAttemptAt, Instant sentAt, String lastError) {
        this.id = id;
        this.createdAt = createdAt;
        this.recipient = recipient;
        this.subject = subject;
        this.state = state;
        this.attempts = attempts;
        this.nextAttemptAt = nextAttemptAt;
        this.sentAt = sentAt;
        this.lastError = lastError;
    }

    public long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public MailState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    /** When a waiting mail is tried next; meaningless once it is sent, given up or cancelled. */
    public Instant getNextAttemptAt() {
        return state == MailState.PENDING ? nextAttemptAt : null;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public boolean isSendAgainAllowed() {
        return state.canSendAgain();
    }
}
