package org.gatehouse.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatehouse.testing.EmbeddedDatabase;
import org.gatehouse.testing.EmbeddedDatabaseExtension;
import org.gatehouse.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL stops for 20 seconds while three contacts work in the real portal: each loads the case list and the
 * new-case form and submits a case, round after round (Alpha's contacts also download a file of their company's
 * case, a servlet outside the pages, and everyone filters the list by Ajax, as the list's own controls do), and when a submission fails it sends the same form again,
 * as a person pressing the button again would. The test checks what people see and what is kept: every answer is a
 * page or Gatehouse's "cannot reach its database" page (503), never a failure report; the portal serves again by
 * itself once the database is back; every case it confirmed is stored, none twice; no mail is queued twice.
 * The load is bounded in rounds per client, and the schedule in seconds; durations are reported, not asserted.
 */
@ExtendWith(EmbeddedDatabaseExtension.class)
@ExtendWith(ArquillianExtension.class)
class OutageIT {

    private static final String PASSWORD = "gatehouse-demo";
    private static final List<String> CONTACTS = List.of("alice@alpha.test", "bob@alpha.test", "carol@beta.test");
    private static final long WARM_UP_MILLIS = 5_000;
    private static final long OUTAGE_MILLIS = 20_000;
    private static final long PAUSE_MILLIS = 200;
    /** Bounds the load: a client never sends more than this many rounds. */
    private static final int MAX_ROUNDS = 250;
    /** A client stops after this many complete rounds once the database is back. */
    private static final int GOOD_ROUNDS_AFTER = 3;
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\"[^>]*value=\"([^\"]+)\"");
    private static final String CASE_MAIL = "partner@bogus.test";
    private static final String UNDISPATCHED =
            "select count(*) from record_event where dispatched_at is null and record_type = 'SupportCase'"
            + " and record_id in (select id from support_case where title like 'Outage %')";
    private static final Pattern CASE_LINK = Pattern.compile("case\\.xhtml\\?id=(\\d+)");

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("gatehouse.war")));
    }

    @ArquillianResource
    URL deployment;

    /** The demo's file on Alice's case, which Alpha's contacts see. */
    private String download;
    private volatile long stoppedAt;
    /** When the restart began: the database may answer before {@link EmbeddedDatabase#startServer()} returns. */
    private volatile long restartingAt;
    private volatile long restartedAt;

    /** One answer the portal gave: when, to what, how, and what kind of page. */
    record Answer(String contact, String method, long sentAt, long answeredAt, int status, String page) {

        long millis() {
            return (answeredAt - sentAt) / 1_000_000;
        }
    }

    /** Pat Partner (WRITE on Alpha, READ on Beta) is mailed every new case of the three contacts: mail to count. */
    @org.junit.jupiter.api.BeforeEach
    void aPartnerWantsCaseMail() throws SQLException {
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection()) {
            connection.createStatement().execute("update user_account set case_mail = true where email = '" + CASE_MAIL + "'");
        }
    }

    /** The other tests of the portal expect the demo's cases and settings: the outage's go once they are checked. */
    @org.junit.jupiter.api.AfterEach
    void removeTheOutagesCases() throws SQLException {
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection()) {
            connection.createStatement().execute("update user_account set case_mail = false where email = '" + CASE_MAIL + "'");
            connection.createStatement().execute("delete from mail_outbox where record_id in (select id from support_case where title like 'Outage %')");
            connection.createStatement().execute("delete from record_event where record_type = 'SupportCase' and record_id in (select id from support_case where title like 'Outage %')");
            connection.createStatement().execute("delete from support_case where title like 'Outage %'");
        }
    }

    @Test
    void whileTheDatabaseIsDownPeopleAreToldSoAndAfterwardsNothingIsLostOrDoubled() throws Exception {
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> confirmed = Collections.synchronizedMap(new HashMap<>());
        download = "files/" + count("select a.id from attachment a where a.file_name = 'terminal-log.txt'");
        List<Client> clients = CONTACTS.stream().map(email -> new Client(email, answers, confirmed)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<Void>> work = clients.stream().map(client -> pool.submit(() -> {
                client.work();
                return (Void) null;
            })).toList();
            Thread.sleep(WARM_UP_MILLIS);
            EmbeddedDatabase.stopServer();
            // from here on the database is down: a request sent while it was stopping may still have been served
            stoppedAt = System.nanoTime();
            Thread.sleep(OUTAGE_MILLIS);
            restartingAt = System.nanoTime();
            EmbeddedDatabase.startServer();
            restartedAt = System.nanoTime();
            for (Future<Void> done : work) {
                done.get(3, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        for (int poll = 0; poll < 60 && count(UNDISPATCHED) > 0; poll++) {
            Thread.sleep(1_000); // the notification job, every 5 s, turns the cases' events into mail
        }
        report(answers, clients);
        List<Answer> all = List.copyOf(answers);
        List<Answer> whileDown = all.stream().filter(a -> a.sentAt() > stoppedAt && a.answeredAt() < restartingAt).toList();
        assertThat(whileDown).as("answers while the database was down").isNotEmpty()
                .allSatisfy(answer -> assertThat(answer.page()).as("%s", answer).isIn("unavailable", "ajax redirect"));
        assertThat(all).as("every answer: a page, a redirect, or the database page")
                .allSatisfy(answer -> assertThat(answer.page()).as("%s", answer).isIn("page", "redirect", "unavailable", "ajax page", "ajax redirect"));
        assertThat(all).filteredOn(answer -> answer.page().equals("unavailable"))
                .allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isEqualTo(503));
        assertThat(clients).as("every contact works again, and got every case confirmed")
                .allSatisfy(client -> assertThat(client.goodRoundsAfter).isEqualTo(GOOD_ROUNDS_AFTER))
                .allSatisfy(client -> assertThat(client.pendingTitle).isNull());

        assertThat(confirmed).isNotEmpty();
        for (Map.Entry<String, Long> sent : Map.copyOf(confirmed).entrySet()) {
            assertThat(count("select count(*) from support_case where id = ? and title = ?", sent.getValue(), sent.getKey()))
                    .as("confirmed case %s #%d is stored", sent.getKey(), sent.getValue()).isEqualTo(1);
        }
        assertThat(count("select count(*) from (select title from support_case where title like 'Outage %' group by title having count(*) > 1) twice"))
                .as("no case stored twice").isZero();
        assertThat(count("select count(*) from support_case where title like 'Outage %'")).isEqualTo(confirmed.size());
        assertThat(count(UNDISPATCHED)).as("every event of the cases dispatched to mail").isZero();
        assertThat(count("select count(*) from mail_outbox m join user_account u on u.id = m.recipient_id where u.email = ?"
                + " and m.record_id in (select id from support_case where title like 'Outage %')", CASE_MAIL))
                .as("one mail to the partner per case").isEqualTo(confirmed.size());
        assertThat(count("select count(*) from (select 1 from mail_outbox where record_id in (select id from support_case where title like 'Outage %') group by recipient, subject, body having count(*) > 1) twice"))
                .as("no mail queued twice").isZero();
    }

    /** A contact at work: the case list, the new-case form, a case submitted; a failed submission sent again. */
    private final class Client {

        private final String email;
        private final List<Answer> answers;
        private final Map<String, Long> confirmed;
        private final PageClient browser;
        private Map<String, String> pendingForm;
        private String listViewState;
        /** Where the last answer redirected to. */
        private String location = "";
        String pendingTitle;
        int rounds;
        int goodRoundsAfter;
        long firstGoodAfterRestart;

        Client(String email, List<Answer> answers, Map<String, Long> confirmed) {
            this.email = email;
            this.answers = answers;
            this.confirmed = confirmed;
            this.browser = new PageClient(URI.create(deployment.toString()).resolve("./"));
            assertThat(browser.signIn(email, PASSWORD)).as("%s signs in", email).isTrue();
        }

        void work() throws InterruptedException {
            while (rounds < MAX_ROUNDS && goodRoundsAfter < GOOD_ROUNDS_AFTER) {
                rounds++;
                long roundStarted = System.nanoTime();
                boolean good = true;
                if (email.endsWith("@alpha.test")) {
                    good = send("GET", download, null).status() == 200;
                }
                if (pendingForm == null) {
                    Answer list = send("GET", "", null);
                    good &= list.status() == 200;
                    Matcher viewState = VIEW_STATE.matcher(list.status() == 200 ? browser.lastPage() : "");
                    if (viewState.find()) {
                        listViewState = viewState.group(1);
                    }
                }
                // also while the list cannot be loaded: the page loaded before stays open in the browser
                if (listViewState != null) {
                    good &= filterByAjax();
                }
                if (pendingForm == null) {
                    Answer form = send("GET", "new-case.xhtml", null);
                    if (form.status() == 200) {
                        newForm(browser.lastPage());
                    } else {
                        good = false;
                    }
                }
                if (pendingForm != null) {
                    Answer sent = send("POST", "new-case.xhtml", pendingForm);
                    Matcher created = CASE_LINK.matcher(sent.status() == 302 ? location : "");
                    if (created.find()) {
                        confirmed.put(pendingTitle, Long.parseLong(created.group(1)));
                        pendingForm = null;
                        pendingTitle = null;
                    } else {
                        good = false;
                    }
                }
                if (good && restartedAt != 0 && roundStarted > restartedAt) {
                    if (goodRoundsAfter++ == 0) {
                        firstGoodAfterRestart = System.nanoTime();
                    }
                }
                Thread.sleep(PAUSE_MILLIS);
            }
        }

        /** The list's filter sent by Ajax, the list rendered again: what paging and sorting do too. */
        private boolean filterByAjax() {
            Map<String, String> request = Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "applyFilter",
                    "jakarta.faces.partial.execute", "caseFilter", "jakarta.faces.partial.render", "caseList",
                    "caseFilter", "caseFilter", "applyFilter", "applyFilter", "text", "", "status", "",
                    "jakarta.faces.ViewState", listViewState);
            return send("AJAX", "", request).page().equals("ajax page");
        }

        private void newForm(String page) {
            Matcher viewState = VIEW_STATE.matcher(page);
            if (!viewState.find()) {
                return;
            }
            pendingTitle = "Outage " + email + " " + rounds;
            pendingForm = new HashMap<>(Map.of("newCase", "newCase", "submitCase", "submitCase", "jakarta.faces.ViewState", viewState.group(1),
                    "type", "CASE", "title", pendingTitle, "description", "Sent while the database may be down"));
            Matcher token = FORM_TOKEN.matcher(page);
            if (token.find()) {
                pendingForm.put("formToken", token.group(1));
            }
        }

        private Answer send(String method, String path, Map<String, String> form) {
            long sentAt = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = form == null ? browser.get(path)
                        : method.equals("AJAX") ? browser.ajax(path, form) : browser.postMultipart(path, form, Map.of());
            } catch (UncheckedIOException e) {
                Answer lost = new Answer(email, method + " " + path, sentAt, System.nanoTime(), -1, "no answer: " + e.getMessage());
                answers.add(lost);
                return lost;
            }
            location = response.headers().firstValue("Location").orElse("");
            Answer answer = new Answer(email, method + " " + path, sentAt, System.nanoTime(), response.statusCode(), kind(response, method));
            answers.add(answer);
            return answer;
        }
    }

    /** What kind of page an answer is; a POST answered by the database page must not claim that nothing was saved. */
    private static String kind(HttpResponse<String> response, String method) {
        String body = response.body();
        if (response.statusCode() == 302) {
            return "redirect";
        }
        if (method.equals("AJAX")) {
            // to an Ajax request, the database page is a redirect to the page, which then shows it
            return response.statusCode() != 200 || !body.contains("<partial-response") ? "ajax other " + response.statusCode()
                    : body.contains("<redirect url=") ? "ajax redirect" : body.contains("<error>") ? "ajax error" : "ajax page";
        }
        if (body.contains("HTTP Status") || body.contains("Error report")) {
            return "server's own error report";
        }
        if (body.contains("cannot reach its database")) {
            return method.equals("POST") && !body.contains("could not confirm") ? "database page claiming an outcome" : "unavailable";
        }
        if (body.contains("id=\"failure\"")) {
            return "failure page";
        }
        return response.statusCode() == 200 ? "page" : "other " + response.statusCode();
    }

    private void report(List<Answer> answers, List<Client> clients) {
        List<Answer> all = List.copyOf(answers);
        StringBuilder figures = new StringBuilder("Outage figures (database down " + OUTAGE_MILLIS / 1000 + " s, " + clients.size() + " contacts):\n");
        for (String phase : List.of("before", "down", "after")) {
            List<Answer> in = all.stream().filter(a -> phase(a).equals(phase)).toList();
            Map<String, Integer> kinds = new java.util.TreeMap<>();
            in.forEach(a -> kinds.merge(a.status() + " " + a.page(), 1, Integer::sum));
            long slowest = in.stream().mapToLong(Answer::millis).max().orElse(0);
            figures.append(String.format("  %-6s %4d answers, slowest %5d ms: %s%n", phase, in.size(), slowest, kinds));
        }
        long recovery = clients.stream().mapToLong(c -> c.firstGoodAfterRestart == 0 ? -1 : (c.firstGoodAfterRestart - restartedAt) / 1_000_000)
                .max().orElse(-1);
        figures.append("  recovery: the last contact's first complete round ").append(recovery).append(" ms after the database was back\n");
        figures.append("  rounds per contact: ").append(clients.stream().map(c -> c.email + " " + c.rounds).toList()).append('\n');
        try {
            figures.append("  cases stored: ").append(count("select count(*) from support_case where title like 'Outage %'"))
                    .append(", titles stored twice: ")
                    .append(count("select count(*) from (select title from support_case where title like 'Outage %' group by title having count(*) > 1) twice"))
                    .append(", mails queued for them: ")
                    .append(count("select count(*) from mail_outbox where record_id in (select id from support_case where title like 'Outage %')"))
                    .append(", mails queued twice: ")
                    .append(count("select count(*) from (select 1 from mail_outbox where record_id in (select id from support_case where title like 'Outage %') group by recipient, subject, body having count(*) > 1) twice"));
        } catch (SQLException e) {
            figures.append("  (database not readable: ").append(e.getMessage()).append(')');
        }
        System.out.println(figures);
    }

    private String phase(Answer answer) {
        if (answer.answeredAt() < stoppedAt) {
            return "before";
        }
        return answer.sentAt() > restartedAt ? "after" : "down";
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
