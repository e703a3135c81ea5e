package org.gatehouse.notification;

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
import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gatehouse.mail.MailDelivery;
import org.gatehouse.mail.MailSettings;
import org.gatehouse.mail.Outboxes;
import org.gatehouse.testing.EmbeddedDatabase;
import org.gatehouse.testing.Installation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who is mailed about what happens to a case, from the access model as it is when the event is dispatched
 * and again when the mail is sent; against the embedded PostgreSQL and GreenMail, a real SMTP server.
 */
class CaseNotificationsTest {

    private static final long RETAIL = 1_000_010;
    private static final long ALPHA = 1_000_020;
    private static final long BETA = 1_000_021;
    private static final long OTHER_PARTNER = 1_000_030;
    private static final long ADMIN = 2_000_000;
    /** WRITE in Retail; the case's assignee. */
    private static final long ASSIGNEE = 2_000_001;
    /** Alpha's contact who submitted the case. */
    private static final long REQUESTER = 2_000_010;
    /** Alpha's contact with category read access over the requester's category (a super customer). */
    private static final long SUPER_CUSTOMER = 2_000_011;
    /** Beta's contact with read access over the same category: it reaches no further than Beta. */
    private static final long BETA_CONTACT = 2_000_012;
    /** Alpha's contact without any wider sight: not a recipient of others' cases. */
    private static final long COLLEAGUE = 2_000_013;
    /** A user of the partner company granted Alpha, opted in to case mail. */
    private static final long PARTNER_OPTED_IN = 2_000_020;
    /** Same partner company, but case mail is off (the partners' default, seed 001). */
    private static final long PARTNER_NOT_OPTED_IN = 2_000_021;
    /** Opted in, but their partner company has no grant on Alpha. */
    private static final long PARTNER_WITHOUT_GRANT = 2_000_022;
    private static final long STAFF_CATEGORY = 3_000_000;
    private static final long GRANT = 3_000_010;
    private static final long CASE = 4_000_000;
    private static final String TITLE = "Printer jams";

    private static final URI BACKOFFICE = URI.create("https://gatehouse.example/backoffice/");
    private static final URI PORTAL = URI.create("https://gatehouse.example/portal/");

    private final int smtpPort = freePort();
    private final GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final RecordSight sight = new RecordSight(EmbeddedDatabase.entityManagerFactory());
    private Installation installation;
    private long nextId = 5_000_000;
    private Instant now;

    @BeforeEach
    void installation() {
        installation = new Installation().staff(ADMIN, true).staff(ASSIGNEE, false)
                .group(RETAIL, "Retail", "4821")
                .customer(ALPHA, "Alpha Ltd", RETAIL, null).customer(BETA, "Beta Ltd", RETAIL, null)
                .membership(1_000_040, RETAIL, ASSIGNEE, "WRITE")
                .contact(REQUESTER, ALPHA).contact(SUPER_CUSTOMER, ALPHA).contact(COLLEAGUE, ALPHA).contact(BETA_CONTACT, BETA)
                .category(STAFF_CATEGORY, "Alpha Office Staff", REQUESTER, COLLEAGUE)
                .partnerUser(PARTNER_OPTED_IN).partnerUser(PARTNER_NOT_OPTED_IN)
                .partner(OTHER_PARTNER, "Elsewhere Services").partnerUser(PARTNER_WITHOUT_GRANT, OTHER_PARTNER)
                .grant(GRANT, ALPHA, "READ")
                .supportCase(CASE, REQUESTER, TITLE);
        installation.sql("insert into category_read_access (id, contact_id, category_id) values (3000001, ?, ?), (3000002, ?, ?)",
                SUPER_CUSTOMER, STAFF_CATEGORY, BETA_CONTACT, STAFF_CATEGORY);
        installation.sql("update user_account set case_mail = (id in (?, ?)) where kind = 'PARTNER'", PARTNER_OPTED_IN, PARTNER_WITHOUT_GRANT);
        installation.sql("update support_case set assignee_id = ? where id = ?", ASSIGNEE, CASE);
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aNewCaseIsMailedToTheRequesterTheSuperCustomerTheOptedInPartnerAndTheAssigneeButNotTheActor() throws Exception {
        event(CASE, "CREATED", null, ADMIN, null);

        Map<String, List<MimeMessage>> received = dispatchAndDeliver();

        assertThat(received.keySet()).as("not the admin who opened it, not a colleague, not Beta's contact, not the other partners")
                .containsExactlyInAnyOrder(contact(REQUESTER), contact(SUPER_CUSTOMER), partner(PARTNER_OPTED_IN), staff(ASSIGNEE));
        received.values().forEach(mails -> assertThat(mails).hasSize(1));
        MimeMessage toRequester = received.get(contact(REQUESTER)).get(0);
        assertThat(toRequester.getSubject()).isEqualTo("New case #" + CASE + ": " + TITLE);
        assertThat(GreenMailUtil.getBody(toRequester)).contains("Hello Contact " + REQUESTER)
                .contains("Staff " + ADMIN + " opened the new case #" + CASE + " \"" + TITLE + "\".")
                .contains(PORTAL + "case.xhtml?id=" + CASE).doesNotContain(BACKOFFICE.toString());
        assertThat(GreenMailUtil.getBody(received.get(partner(PARTNER_OPTED_IN)).get(0))).contains(BACKOFFICE + "case.xhtml?id=" + CASE);
        assertThat(GreenMailUtil.getBody(received.get(staff(ASSIGNEE)).get(0))).contains(BACKOFFICE + "case.xhtml?id=" + CASE);
        assertThat(installation.count("select count(*) from record_event where dispatched_at is null")).isZero();
    }

    @Test
    void aPublicCommentIsMailedWithItsTextToEveryoneWhoSeesTheCaseButItsAuthor() throws Exception {
        long comment = comment(CASE, REQUESTER, false, "It jams on every second page.");
        event(CASE, "COMMENTED", comment, REQUESTER, null);

        Map<String, List<MimeMessage>> received = dispatchAndDeliver();

        assertThat(received.keySet()).containsExactlyInAnyOrder(contact(SUPER_CUSTOMER), partner(PARTNER_OPTED_IN), staff(ASSIGNEE));
        MimeMessage toSuperCustomer = received.get(contact(SUPER_CUSTOMER)).get(0);
        assertThat(toSuperCustomer.getSubject()).isEqualTo("New comment on case #" + CASE + ": " + TITLE);
        assertThat(GreenMailUtil.getBody(toSuperCustomer)).contains("Contact " + REQUESTER + " commented on case #" + CASE)
                .contains("It jams on every second page.");
    }

    @Test
    void aStatusChangeSaysTheNewStatus() throws Exception {
        event(CASE, "STATUS_CHANGED", null, ASSIGNEE, "Closed");

        Map<String, List<MimeMessage>> received = dispatchAndDeliver();

        assertThat(received.keySet()).containsExactlyInAnyOrder(contact(REQUESTER), contact(SUPER_CUSTOMER), partner(PARTNER_OPTED_IN));
        MimeMessage toRequester = received.get(contact(REQUESTER)).get(0);
        assertThat(toRequester.getSubject()).isEqualTo("Case #" + CASE + " status changed to Closed: " + TITLE);
        assertThat(GreenMailUtil.getBody(toRequester)).contains("Staff " + ASSIGNEE + " changed the status of case #" + CASE + " \"" + TITLE + "\" to Closed.");
    }

    @Test
    void anAssignmentIsMailedToTheAssigneeOnlyAndNotWhenTheyTookTheCaseThemselves() throws Exception {
        event(CASE, "ASSIGNED", null, ADMIN, "Staff " + ASSIGNEE);
        event(CASE, "ASSIGNED", null, ASSIGNEE, "Staff " + ASSIGNEE);

        Map<String, List<MimeMessage>> received = dispatchAndDeliver();

        assertThat(received.keySet()).containsExactly(staff(ASSIGNEE));
        assertThat(received.get(staff(ASSIGNEE))).hasSize(1);
        assertThat(received.get(staff(ASSIGNEE)).get(0).getSubject()).isEqualTo("Case #" + CASE + " assigned to you: " + TITLE);
    }

    @Test
    void anInternalCommentReachesOnlyTheAssignedStaffUser() throws Exception {
        long comment = comment(CASE, ADMIN, true, "The customer's contract ends in May.");
        event(CASE, "COMMENTED", comment, ADMIN, null);

        Map<String, List<MimeMessage>> received = dispatchAndDeliver();

        assertThat(received.keySet()).as("never the requester, the super customer or the opted-in partner").containsExactly(staff(ASSIGNEE));
        MimeMessage toAssignee = received.get(staff(ASSIGNEE)).get(0);
        assertThat(toAssignee.getSubject()).isEqualTo("New internal comment on case #" + CASE + ": " + TITLE);
        assertThat(GreenMailUtil.getBody(toAssignee)).contains("The customer's contract ends in May.");
        // and should such a mail ever be queued for them, the check at sending refuses it
        assertThat(sight.refusal(REQUESTER, "SupportCase", CASE, comment)).as("the filter hides it from contacts").contains("the recipient does not see the comment");
        assertThat(sight.refusal(PARTNER_OPTED_IN, "SupportCase", CASE, comment)).contains("an internal comment is mailed to the operator's staff only");
    }

    @Test
    void aRecipientWhoLosesAccessAfterTheEventButBeforeTheSendGetsNothing() throws Exception {
        event(CASE, "CREATED", null, ADMIN, null);
        dispatchAll();
        assertThat(installation.count("select count(*) from mail_outbox")).isEqualTo(4);

        installation.sql("delete from company_access_grant where id = ?", GRANT);
        installation.sql("update user_account set active = false where id = ?", SUPER_CUSTOMER);
        Map<String, List<MimeMessage>> received = deliver();

        assertThat(received.keySet()).containsExactlyInAnyOrder(contact(REQUESTER), staff(ASSIGNEE));
        assertThat(outbox()).containsEntry(partner(PARTNER_OPTED_IN), "CANCELLED: the recipient no longer sees case #" + CASE)
                .containsEntry(contact(SUPER_CUSTOMER), "CANCELLED: the recipient is deactivated")
                .containsEntry(contact(REQUESTER), "SENT: null");
    }

    @Test
    void withTheMailServerDownCaseMailWaitsAndOnceItIsBackEachMailArrivesExactlyOnce() throws Exception {
        event(CASE, "CREATED", null, ADMIN, null);
        event(CASE, "COMMENTED", comment(CASE, REQUESTER, false, "Still jamming."), REQUESTER, null);
        event(CASE, "STATUS_CHANGED", null, ASSIGNEE, "In progress");
        dispatchAll();

        assertThat(delivery().deliverDue()).isZero();
        assertThat(installation.count("select count(*) from mail_outbox where state = 'PENDING' and attempts = 1 and last_error is not null"))
                .as("all ten wait for another attempt").isEqualTo(10);

        smtp.start();
        now = now.plus(Duration.ofMinutes(1));
        ExecutorService jobs = Executors.newFixedThreadPool(2);
        Callable<Integer> job = () -> delivery().deliverDue();
        int sent = 0;
        for (Future<Integer> run : jobs.invokeAll(List.of(job, job))) {
            sent += run.get();
        }
        jobs.shutdown();

        assertThat(sent).isEqualTo(10);
        assertThat(countsByRecipient(received())).containsExactlyInAnyOrderEntriesOf(Map.of(
                contact(REQUESTER), 2L, contact(SUPER_CUSTOMER), 3L, partner(PARTNER_OPTED_IN), 3L, staff(ASSIGNEE), 2L));
        assertThat(delivery().deliverDue()).isZero();
    }

    @Test
    void twoDispatchersAtOnceDispatchEachEventOnce() throws Exception {
        List<Long> cases = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long id = CASE + 1 + i;
            installation.supportCase(id, REQUESTER, "Case " + i);
            cases.add(id);
            event(id, "CREATED", null, ADMIN, null);
        }

        ExecutorService dispatchers = Executors.newFixedThreadPool(2);
        Callable<Integer> dispatcher = this::dispatchAll;
        int dispatched = 0;
        for (Future<Integer> run : dispatchers.invokeAll(List.of(dispatcher, dispatcher))) {
            dispatched += run.get();
        }
        dispatchers.shutdown();

        assertThat(dispatched).isEqualTo(30);
        assertThat(installation.count("select count(*) from record_event where dispatched_at is null")).isZero();
        assertThat(installation.count("select count(*) from mail_outbox")).as("requester, super customer, partner; no assignee").isEqualTo(90);
        assertThat(installation.count("select count(*) from (select record_id, recipient_id from mail_outbox group by record_id, recipient_id having count(*) > 1) twice"))
                .isZero();
    }

    // --- the installation's events, the dispatch and the delivery

    private void event(long caseId, String kind, Long commentId, long actor, String detail) {
        installation.sql("insert into record_event (id, record_type, record_id, kind, comment_id, actor_id, detail, created_at)"
                + " values (?, 'SupportCase', ?, ?, ?, ?, ?, now())",
                nextId++, caseId, kind, commentId, actor, detail);
    }

    private long comment(long caseId, long author, boolean internal, String body) {
        long id = nextId++;
        installation.sql("insert into case_comment (id, case_id, customer_id, requester_id, author_id, audience, body, created_at)"
                + " select ?, id, customer_id, requester_id, ?, ?, ?, now() from support_case where id = ?", id, author, internal ? "BACK_OFFICE" : "REQUESTER", body, caseId);
        return id;
    }

    /** Dispatches events one transaction each, as the job does, until none is left; returns how many. */
    private int dispatchAll() {
        int dispatched = 0;
        while (true) {
            EntityManager em = EmbeddedDatabase.entityManagerFactory().createEntityManager();
            try {
                em.getTransaction().begin();
                boolean found = new RecordNotifications(em, sight, Outboxes.writingTo(em), BACKOFFICE, PORTAL, Clock.systemUTC()).dispatchNext();
                em.getTransaction().commit();
                if (!found) {
                    // the outbox stamps the wall clock; deliveries here run on the test's clock, from just after that
                    now = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
                    return dispatched;
                }
                dispatched++;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
    }

    private Map<String, List<MimeMessage>> dispatchAndDeliver() throws Exception {
        dispatchAll();
        return deliver();
    }

    private Map<String, List<MimeMessage>> deliver() throws Exception {
        smtp.start();
        delivery().deliverDue();
        return received();
    }

    private MailDelivery delivery() throws MessagingException {
        return new MailDelivery(EmbeddedDatabase.dataSource(), MailSettings.session("127.0.0.1", smtpPort, null, null, false),
                new InternetAddress("gatehouse@operator.test"), Clock.fixed(now, ZoneOffset.UTC), sight);
    }

    private Map<String, List<MimeMessage>> received() throws MessagingException {
        Map<String, List<MimeMessage>> byRecipient = new TreeMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            byRecipient.computeIfAbsent(message.getAllRecipients()[0].toString(), recipient -> new ArrayList<>()).add(message);
        }
        return byRecipient;
    }

    private static Map<String, Long> countsByRecipient(Map<String, List<MimeMessage>> received) {
        Map<String, Long> counts = new TreeMap<>();
        received.forEach((recipient, mails) -> counts.put(recipient, (long) mails.size()));
        return counts;
    }

    /** Each outbox mail's state and reason, by recipient. */
    private Map<String, String> outbox() throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (var connection = EmbeddedDatabase.dataSource().getConnection();
             var result = connection.createStatement().executeQuery("select recipient, state, last_error from mail_outbox")) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2) + ": " + result.getString(3));
            }
        }
        return rows;
    }

    private static String contact(long id) {
        return "contact" + id + "@customer.test";
    }

    private static String partner(long id) {
        return "partner" + id + "@partner.test";
    }

    private static String staff(long id) {
        return "staff" + id + "@operator.test";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
