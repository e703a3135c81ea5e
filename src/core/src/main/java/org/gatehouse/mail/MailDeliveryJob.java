package org.gatehouse.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Sends the outbox every few seconds. Each application deploys one; {@link MailDelivery} makes sure
 * they never send the same mail twice. Bean-managed: each claim and each state change commits at once.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class MailDeliveryJob {

    private static final Logger LOG = Logger.getLogger(MailDeliveryJob.class.getName());

    @Resource(lookup = "jdbc/gatehouse")
    DataSource dataSource;

    @Inject
    MailSettings settings;

    @Inject
    RecordMailCheck recordMailCheck;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void deliver() {
        if (!settings.isConfigured()) {
            return;
        }
        try {
            new MailDelivery(dataSource, settings.session(), new InternetAddress(settings.from(), true), Clock.systemUTC(),
                    recordMailCheck).deliverDue();
        } catch (SQLException | AddressException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Mail delivery failed; the outbox is tried again in a few seconds", e);
        }
    }

    /** Once an hour: both applications' jobs may do it at once, the second finds nothing left. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    void purgeOldBodies() {
        try {
            new MailRetention(dataSource, Clock.systemUTC()).purge(settings.keep());
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Old mail bodies could not be emptied; tried again in an hour", e);
        }
    }
}
