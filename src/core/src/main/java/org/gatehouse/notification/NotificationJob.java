package org.gatehouse.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Dispatches record events (of cases, of documents) every few seconds. Each application deploys one; events
 * are claimed with {@code skip locked}, so two jobs at once never dispatch the same event. The mails then wait
 * in the outbox for {@link org.gatehouse.mail.MailDeliveryJob}.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class NotificationJob {

    private static final Logger LOG = Logger.getLogger(NotificationJob.class.getName());
    /** Events per run at most: a long backlog is worked off over several runs instead of one endless one. */
    private static final int EVENTS_PER_RUN = 500;

    @EJB
    NotificationDispatch dispatch;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void dispatchEvents() {
        try {
            int dispatched = 0;
            while (dispatched < EVENTS_PER_RUN && dispatch.dispatchNext()) {
                dispatched++;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Notifications failed; the events are tried again in a few seconds", e);
        }
    }
}
