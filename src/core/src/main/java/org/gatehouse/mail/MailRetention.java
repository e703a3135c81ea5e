package org.gatehouse.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Sent mail is not an archive: after the retention period ({@code gatehouse.mail.keep-days}) the body of a sent or
 * cancelled mail is emptied, so case text and names do not pile up in the database and its backups; the row stays
 * for the Mail screen (who was mailed what subject, when). A mail still waiting after that long loses its link
 * too, which has expired by then anyway.
 */
public final class MailRetention {

    private final DataSource dataSource;
    private final Clock clock;

    public MailRetention(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Empties the bodies older than {@code keep}; returns how many mails changed. */
    public int purge(Duration keep) throws SQLException {
        OffsetDateTime before = OffsetDateTime.ofInstant(clock.instant().minus(keep), ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement bodies = connection.prepareStatement("""
                     update mail_outbox set body = '', link = null
                     where state in ('SENT', 'CANCELLED') and coalesce(sent_at, created_at) < ? and body <> ''""");
             PreparedStatement links = connection.prepareStatement("""
                     update mail_outbox set body = replace(body, link, ?), link = null
                     where link is not null and created_at < ?""")) {
            bodies.setObject(1, before);
            links.setString(1, MailDelivery.LINK_REMOVED);
            links.setObject(2, before);
            return bodies.executeUpdate() + links.executeUpdate();
        }
    }
}
