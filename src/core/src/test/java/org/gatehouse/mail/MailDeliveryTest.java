package org.gatehouse.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.gatehouse.testing.EmbeddedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox and its delivery against the embedded PostgreSQL and GreenMail, a real SMTP server in this JVM. */
class MailDeliveryTest {

    private final DataSource database = EmbeddedDatabase.dataSource();
    private final int smtpPort = freePort();
    private final GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private Instant now;

    @BeforeEach
    void emptyOutbox() throws SQLException {
        execute("delete from mail_outbox");
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aMailIsSentAfterTheCommitAndOnlyOnce() throws Exception {
        smtp.start();
        enqueue("dora@alpha.test", true);

        assertThat(delivery().deliverDue()).isEqualTo(1);
        assertThat(delivery().deliverDue()).isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Mail for dora@alpha.test");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("dora@alpha.test");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("gatehouse@operator.test");
        assertThat(column("select state from mail_outbox")).containsExactly("SENT");
    }

    @Test
    void aRolledBackChangeSendsNoMail() throws Exception {
        smtp.start();
        enqueue("rolled-back@alpha.test", false);

        assertThat(delivery().deliverDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void smtpDownThenBackEachMailIsDeliveredExactlyOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            recipients.add("contact" + i + "@alpha.test");
            enqueue(recipients.get(i), true);
        }

        // the SMTP server is down: every mail waits for a later attempt, with the reason
        assertThat(delivery().deliverDue()).isZero();
        assertThat(column("select distinct state || ' ' || attempts from mail_outbox")).containsExactly("PENDING 1");
        assertThat(column("select distinct last_error is not null from mail_outbox")).containsExactly("t");
        assertThat(delivery().deliverDue()).as("not due again before the back-off").isZero();

        // back up after the back-off: the two applications' jobs run at the same moment
        smtp.start();
        now = now.plus(MailDelivery.FIRST_RETRY);
        ExecutorService jobs = Executors.newFixedThreadPool(2);
        Callable<Integer> job = () -> delivery().deliverDue();
        List<Future<Integer>> runs = jobs.invokeAll(List.of(job, job));
        jobs.shutdown();
        int sent = 0;
        for (Future<Integer> run : runs) {
            sent += run.get();
        }

        assertThat(sent).isEqualTo(25);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailDeliveryTest::recipient).toList())
                .containsExactlyInAnyOrderElementsOf(recipients);
        assertThat(column("select distinct state || ' ' || attempts from mail_outbox")).containsExactly("SENT 2");
        assertThat(delivery().deliverDue()).isZero();
    }

    @Test
    void failuresWaitLongerEachTimeUpToAnHour() throws Exception {
        enqueue("dora@alpha.test", true);
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            delivery().deliverDue();
            Instant next = Instant.parse(column("select to_char(next_attempt_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from mail_outbox").get(0));
            waits.add(Duration.between(now, next));
            now = next;
        }

        assertThat(waits).extracting(Duration::toSeconds).containsExactly(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3600L, 3600L);
    }

    @Test
    void aMailThatKeepsFailingIsGivenUpAfterTheLastAttemptAndNotTriedAgain() throws Exception {
        enqueue("dora@alpha.test", true);
        for (int attempt = 1; attempt < MailDelivery.MOST_ATTEMPTS; attempt++) {
            delivery().deliverDue();
            now = now.plus(MailDelivery.LONGEST_RETRY);
        }
        assertThat(column("select state || ' ' || attempts from mail_outbox")).containsExactly("PENDING " + (MailDelivery.MOST_ATTEMPTS - 1));

        delivery().deliverDue();
        assertThat(column("select state || ' ' || attempts from mail_outbox")).containsExactly("FAILED " + MailDelivery.MOST_ATTEMPTS);
        assertThat(column("select last_error from mail_outbox").get(0)).containsIgnoringCase("connect");

        smtp.start();
        now = now.plus(MailDelivery.LONGEST_RETRY.multipliedBy(2));
        assertThat(delivery().deliverDue()).as("a failed mail waits for an administrator").isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aPasswordLinkLeavesTheOutboxOnceTheMailIsSent() throws Exception {
        smtp.start();
        String link = "https://portal.example.test/password.xhtml?token=s3cret-Token_value";
        enqueueWithLink("dora@alpha.test", "Hello Dora,\n\nchoose your password here:\n\n" + link + "\n\nThe link works once.\n", link);
        assertThat(column("select link from mail_outbox")).as("kept while the mail waits").containsExactly(link);

        assertThat(delivery().deliverDue()).isEqualTo(1);

        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0])).contains("s3cret-Token_value");
        assertThat(column("select count(*) from mail_outbox where body like '%s3cret%' or link is not null")).containsExactly("0");
        assertThat(column("select body from mail_outbox").get(0))
                .isEqualTo("Hello Dora,\n\nchoose your password here:\n\n(link removed once sent)\n\nThe link works once.\n");
    }

    @Test
    void sentMailBodiesAreEmptiedAfterTheRetentionPeriodAndWaitingMailKeepsItsBody() throws Exception {
        smtp.start();
        enqueue("sent@alpha.test", true);
        delivery().deliverDue();
        smtp.stop();
        String link = "https://portal.example.test/confirm.xhtml?token=waiting-Token";
        enqueueWithLink("waiting@alpha.test", "Confirm: " + link, link);
        Instant sent = now;

        Duration keep = Duration.ofDays(30);
        assertThat(new MailRetention(database, Clock.fixed(sent.plus(keep).minusSeconds(60), ZoneOffset.UTC)).purge(keep))
                .as("nothing before the retention period").isZero();
        assertThat(column("select body from mail_outbox order by recipient")).containsExactly("Hello", "Confirm: " + link);

        assertThat(new MailRetention(database, Clock.fixed(sent.plus(keep).plusSeconds(60), ZoneOffset.UTC)).purge(keep)).isEqualTo(2);

        assertThat(column("select recipient || ' ' || state || ' [' || body || '] ' || coalesce(link, '-') from mail_outbox order by recipient"))
                .containsExactly("sent@alpha.test SENT [] -", "waiting@alpha.test PENDING [Confirm: (link removed once sent)] -");
    }

    private MailDelivery delivery() throws MessagingException {
        return new MailDelivery(database, MailSettings.session("127.0.0.1", smtpPort, null, null, false),
                new InternetAddress("gatehouse@operator.test"), Clock.fixed(now, ZoneOffset.UTC),
                (recipientId, recordType, recordId, commentId) -> Optional.of("no record mail in these tests"));
    }

    /** Enqueues a mail the way a service does, in a business transaction that commits or rolls back. */
    private void enqueue(String recipient, boolean commit) {
        enqueue(outbox -> outbox.enqueue(recipient, "Mail for " + recipient, "Hello"), commit);
    }

    private void enqueueWithLink(String recipient, String body, String link) {
        enqueue(outbox -> outbox.enqueueWithLink(recipient, "Mail for " + recipient, body, link), true);
    }

    private void enqueue(Consumer<MailOutbox> write, boolean commit) {
        EntityManager em = EmbeddedDatabase.entityManagerFactory().createEntityManager();
        try {
            MailOutbox outbox = new MailOutbox();
            outbox.em = em;
            em.getTransaction().begin();
            write.accept(outbox);
            em.flush();
            if (commit) {
                em.getTransaction().commit();
            } else {
                em.getTransaction().rollback();
            }
        } finally {
            em.close();
        }
        // the outbox stamps the wall clock; the deliveries here run on the test's clock, from just after that
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> column(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
