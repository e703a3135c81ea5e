package org.gatehouse.mail;

import jakarta.persistence.EntityManager;

/** The outbox outside the server, for tests of other features that mail: it writes in the given persistence context. */
public final class Outboxes {

    private Outboxes() {
    }

    public static MailOutbox writingTo(EntityManager em) {
        MailOutbox outbox = new MailOutbox();
        outbox.em = em;
        return outbox;
    }
}
