package org.gatehouse.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Sends the outbox's due mails. Each mail is first claimed, PENDING to SENDING, in one committed statement
 * that skips rows another delivery has locked; only the claimer sends it. So the two delivery jobs of a
 * server (one per application) and those of other servers never send the same mail twice. A failed send
 * goes back to PENDING with a later attempt time, doubling from {@link #FIRST_RETRY} up to
 * {@link #LONGEST_RETRY}, and keeps its error for the operator; after {@link #MOST_ATTEMPTS} it is given up
 * (FAILED) and waits for an administrator's "Send again". A mail about a case is first checked once more
 * ({@link RecordMailCheck}): a recipient who no longer sees the record gets nothing, and the mail ends CANCELLED.
 */
public final class MailDelivery {

    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    /** About 13 hours of retries: a mail server down for a night still gets the mail, a wrong address stops. */
    static final int MOST_ATTEMPTS = 20;
    private static final int BATCH = 20;
    /** What a sent mail's body says where its link was. */
    static final String LINK_REMOVED = "(link removed once sent)";
    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    private final DataSource dataSource;
    private final Session session;
    private final InternetAddress from;
    private final Clock clock;
    private final RecordMailCheck recordMailCheck;

    public MailDelivery(DataSource dataSource, Session session, InternetAddress from, Clock clock, RecordMailCheck recordMailCheck) {
        this.dataSource = dataSource;
        this.session = session;
        this.from = from;
        this.clock = clock;
        this.recordMailCheck = recordMailCheck;
    }

    /** Sends the mails that are due, a batch at a time, until none is left; returns how many were sent. */
    public int deliverDue() throws SQLException {
        int sent = 0;
        List<Claimed> batch;
        do {
            batch = claim();
            for (Claimed mail : batch) {
                try {
                    Optional<String> refusal = mail.recordId() == null ? Optional.empty()
                            : recordMailCheck.refusal(mail.recipientId(), mail.recordType(), mail.recordId(), mail.commentId());
                    if (refusal.isPresent()) {
                        cancel(mail, refusal.get());
                        continue;
                    }
                    send(mail);
                } catch (MessagingException | RuntimeException e) {
                    retryLater(mail, e);
                    continue;
                }
                markSent(mail);
                sent++;
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    private record Claimed(long id, String recipient, String subject, String body, int attempts,
                           Long recipientId, String recordType, Long recordId, Long commentId) {
    }

    private List<Claimed> claim() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement claim = connection.prepareStatement("""
                     update mail_outbox set state = 'SENDING', attempts = attempts + 1
                     where id in (select id from mail_outbox where state = 'PENDING' and next_attempt_at <= ?
                                  order by next_attempt_at, id limit ? for update skip locked)
                     returning id, recipient, subject, body, attempts, recipient_id, record_type, record_id, comment_id""")) {
            claim.setObject(1, now());
            claim.setInt(2, BATCH);
            List<Claimed> claimed = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new Claimed(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getInt(5),
                            rows.getObject(6, Long.class), rows.getString(7), rows.getObject(8, Long.class), rows.getObject(9, Long.class)));
                }
            }
            return claimed;
        }
    }

    private void send(Claimed mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        Transport.send(message);
    }

    /** Sent: the link is no longer kept, neither in its column nor in the body. */
    private void markSent(Claimed mail) throws SQLException {
        update("""
                update mail_outbox set state = 'SENT', sent_at = ?, last_error = null,
                       body = case when link is null then body else replace(body, link, ?) end, link = null
                where id = ?""", now(), LINK_REMOVED, mail.id());
    }

    private void cancel(Claimed mail, String reason) throws SQLException {
        LOG.info("Mail " + mail.id() + " not sent: " + reason);
        update("update mail_outbox set state = 'CANCELLED', last_error = ? where id = ?", reason, mail.id());
    }

    private void retryLater(Claimed mail, Exception failure) throws SQLException {
        if (mail.attempts() >= MOST_ATTEMPTS) {
            LOG.log(Level.WARNING, "Mail " + mail.id() + " given up after " + mail.attempts() + " attempts: " + failure);
            update("update mail_outbox set state = 'FAILED', last_error = ? where id = ?", String.valueOf(failure), mail.id());
            return;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(mail.attempts() - 1, 16));
        OffsetDateTime next = now().plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
        LOG.log(Level.WARNING, "Mail " + mail.id() + " not sent (attempt " + mail.attempts() + "), next attempt at " + next + ": " + failure);
        update("update mail_outbox set state = 'PENDING', next_attempt_at = ?, last_error = ? where id = ?",
                next, String.valueOf(failure), mail.id());
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
