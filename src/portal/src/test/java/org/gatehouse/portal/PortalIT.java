package org.gatehouse.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatehouse.assets.WorkOrderSight;
import org.gatehouse.testing.EmbeddedDatabase;
import org.gatehouse.testing.EmbeddedDatabaseExtension;
import org.gatehouse.testing.Installation;
import org.gatehouse.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real portal WAR in Payara Micro on the embedded database with the demo installation. */
@ExtendWith(EmbeddedDatabaseExtension.class)
@ExtendWith(ArquillianExtension.class)
class PortalIT {

    private static final String PASSWORD = "gatehouse-demo";
    private static final String NEW_PASSWORD = "correct horse battery";

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("gatehouse.war")));
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aContactSignsInWithANewSessionAndSeesOnlyTheirOwnCases() {
        PageClient alice = browser();
        alice.get("login.xhtml");
        String before = alice.sessionId();

        assertThat(alice.signIn("alice@alpha.test", PASSWORD)).isTrue();

        assertThat(alice.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(casesOf(alice)).containsExactlyInAnyOrder(
                "Checkout terminal freezes at closing time", "Add two users to the loyalty system");
    }

    @Test
    void aContactWithCompanyVisibilitySeesEveryCaseOfTheirCompany() {
        assertThat(casesOf(signedIn("bob@alpha.test"))).containsExactlyInAnyOrder(
                "Checkout terminal freezes at closing time", "Add two users to the loyalty system",
                "Power cut in the Main Street store", "Quarterly maintenance visit");
    }

    @Test
    void aSuperCustomerSeesTheCasesOfTheirCategoryAndNoOthers() {
        assertThat(casesOf(signedIn("principal@almond.test"))).containsExactlyInAnyOrder(
                "Projector in room 12 has no signal", "Install the maths software on the lab PCs", "Network check before exam week");
        assertThat(casesOf(signedIn("superintendent@shoestring.test"))).containsExactlyInAnyOrder(
                "Projector in room 12 has no signal", "Install the maths software on the lab PCs", "Network check before exam week",
                "Water damage in the library", "District-wide password policy");
    }

    @Test
    void aSuperCustomerChoosesAmongTheGroupViewsAndAPlainContactIsNotOfferedThem() {
        PageClient principal = signedIn("principal@almond.test");
        String home = principal.get("").body();
        assertThat(home).contains("My cases", "Open group cases", "All group cases", "Closed group cases");

        String mine = principal.submit("", "caseFilter", "applyFilter", Map.of("view", "MY", "text", "")).body();
        String closed = principal.submit("", "caseFilter", "applyFilter", Map.of("view", "CLOSED_GROUP", "text", "")).body();

        assertThat(PageClient.caseTitles(mine)).containsExactly("Network check before exam week");
        assertThat(PageClient.caseTitles(closed)).containsExactly("Install the maths software on the lab PCs");
        assertThat(signedIn("alice@alpha.test").get("").body()).doesNotContain("Open group cases", "Company cases");
    }

    @Test
    void anotherContactsCaseAnswersNotFoundLikeAMissingOne() {
        long bobsCase = PageClient.caseId(signedIn("bob@alpha.test").get("").body(), "Power cut in the Main Street store");
        PageClient alice = signedIn("alice@alpha.test");

        assertThat(alice.get("case.xhtml?id=" + bobsCase).statusCode()).isEqualTo(404);
        assertThat(PageClient.withoutViewState(alice.get("case.xhtml?id=" + bobsCase).body()))
                .isEqualTo(PageClient.withoutViewState(alice.get("case.xhtml?id=999999").body()));
    }

    @Test
    void staffAndPartnersAreRefusedExactlyLikeAWrongPassword() {
        PageClient staff = browser();
        assertThat(staff.signIn("staff@gatehouse.test", PASSWORD)).isFalse();
        String refusedKind = staff.lastPage().replaceAll("value=\"[^\"]*\"", "");
        assertThat(browser().signIn("partner@bogus.test", PASSWORD)).isFalse();

        PageClient wrongPassword = browser();
        assertThat(wrongPassword.signIn("alice@alpha.test", "not the password")).isFalse();
        assertThat(refusedKind).contains("The e-mail or the password is not right.")
                .isEqualTo(wrongPassword.lastPage().replaceAll("value=\"[^\"]*\"", ""));
        assertThat(staff.get("").statusCode()).as("still signed out").isEqualTo(302);
    }

    @Test
    void forgotPasswordAnswersAlikeForKnownAndUnknownAddresses() {
        String known = forgotPassword("alice@alpha.test");
        String unknown = forgotPassword("nobody@alpha.test");

        assertThat(known).contains("If the address is known, a mail with a link to choose a new password is on its way.")
                .isEqualTo(unknown);
        assertThat(signedIn("alice@alpha.test").get("").statusCode()).as("the password still works until a new one is set").isEqualTo(200);
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedUntilTheWaitIsOverAndThePageSaysWhen() throws SQLException {
        String teacher = "teacher@almond.test";
        try {
            for (int i = 0; i < 5; i++) {
                assertThat(browser().signIn(teacher, "wrong guess " + i)).isFalse();
            }

            PageClient owner = browser();
            assertThat(owner.signIn(teacher, PASSWORD)).as("throttled, the right password included").isFalse();
            assertThat(owner.lastPage()).contains("The e-mail or the password is not right.")
                    .containsPattern("Too many attempts: please try again in 1 minute \\(after \\d\\d:\\d\\d:\\d\\d UTC\\)\\.");
            assertThat(count("select count(*) from audit_entry where action = 'sign-in.throttled' and actor_email = '" + teacher + "'")).isEqualTo(1);

            update("update sign_in_failure set failed_at = failed_at - interval '1 minute' where account = '" + teacher + "'");
            assertThat(owner.signIn(teacher, PASSWORD)).as("the wait is over").isTrue();
        } finally {
            // later sign-ins as the teacher must not wait
            update("delete from sign_in_failure where account = '" + teacher + "'");
        }
    }

    @Test
    void forgotPasswordMailsAnAddressAFewTimesAnHourAndAnswersAlikeAfterThat() {
        String first = forgotPassword("gina@gamma.test");
        for (int i = 0; i < 3; i++) {
            assertThat(forgotPassword("gina@gamma.test")).isEqualTo(first);
        }

        assertThat(mailsTo("gina@gamma.test")).filteredOn(subject -> subject.startsWith("Set a new password")).hasSize(3);
    }

    @Test
    void aRegisteredContactSignsInOnlyAfterConfirmingTheirAddress() {
        String email = "dora-" + UUID.randomUUID() + "@delta.test";
        String answer = register(email, "education-1207");
        assertThat(answer).contains("Please check your mail");

        PageClient dora = browser();
        assertThat(dora.signIn(email, NEW_PASSWORD)).isFalse();
        assertThat(dora.lastPage()).contains("Please confirm your e-mail address first").doesNotContain("The e-mail or the password is not right.");
        assertThat(browser().signIn(email, "not the password at all")).isFalse();

        String token = confirmationToken(email);
        assertThat(dora.get("confirm.xhtml?token=" + token).body()).contains("your e-mail address is confirmed");
        assertThat(dora.get("confirm.xhtml?token=" + token).body()).as("the link works once").contains("not valid");
        assertThat(dora.signIn(email, NEW_PASSWORD)).isTrue();
        assertThat(casesOf(dora)).isEmpty();
        assertThat(dora.get("contacts.xhtml").body()).as("the first contact administers the company").contains(email);

        dora.get("my-account.xhtml");
        String changed = dora.submit("my-account.xhtml", "passwordChange", "changePassword", Map.of("currentPassword", NEW_PASSWORD,
                "newPassword", "another fine password", "repeatedPassword", "another fine password")).body();
        assertThat(changed).contains("Your password is changed.");
        assertThat(dora.get("").statusCode()).as("still signed in").isEqualTo(200);
        assertThat(browser().signIn(email, "another fine password")).isTrue();
    }

    @Test
    void registeringWithAnAddressThatHasAnAccountAnswersLikeANewRegistration() {
        String newAddress = "erin-" + UUID.randomUUID() + "@epsilon.test";
        // without the parts that change on every request
        String asNew = register(newAddress, "Retail-4821").replace(newAddress, "ADDRESS").replaceAll("value=\"[^\"]*\"", "");
        String asExisting = register("carol@beta.test", "Retail-4821").replace("carol@beta.test", "ADDRESS").replaceAll("value=\"[^\"]*\"", "");

        assertThat(asExisting).isEqualTo(asNew);
        assertThat(mailsTo("carol@beta.test")).anySatisfy(subject -> assertThat(subject).isEqualTo("Someone tried to register with your e-mail address"));
        assertThat(browser().signIn("carol@beta.test", PASSWORD)).as("her account is unchanged").isTrue();
    }

    @Test
    void anUnknownCustomerGroupCodeIsRefusedWithAClearMessage() {
        assertThat(register("frank-" + UUID.randomUUID() + "@phi.test", "Retail-0000"))
                .contains("We do not know this customer-group code").doesNotContain("Please check your mail");
    }

    @Test
    void onlyACompanyAdministratorHasTheContactsPageAndSeesOnlyTheirCompany() {
        PageClient alice = signedIn("alice@alpha.test");
        assertThat(alice.get("contacts.xhtml").statusCode()).isEqualTo(404);
        assertThat(alice.get("").body()).doesNotContain("contacts.xhtml");

        PageClient bob = signedIn("bob@alpha.test");
        String contacts = bob.get("contacts.xhtml").body();
        assertThat(bob.get("").body()).contains("contacts.xhtml");
        assertThat(contacts).contains("alice@alpha.test", "bob@alpha.test").doesNotContain("carol@beta.test");
    }

    @Test
    void aContactRenamesThemselvesOnMyAccount() {
        PageClient oscar = signedIn("oscar@northwind.test");
        oscar.get("my-account.xhtml");
        assertThat(oscar.lastPage()).contains("E-mail me about my cases: new comments and status changes");

        String saved = oscar.submit("my-account.xhtml", "profile", "saveProfile", Map.of("displayName", "Oscar O. Olsen")).body();

        assertThat(saved).contains("Your name is saved.", "Oscar O. Olsen");
        assertThat(signedIn("principal@almond.test").get("my-account.xhtml").body())
                .as("a contact with category read access").contains("E-mail me about my cases and my group");
    }

    private String register(String email, String code) {
        PageClient someone = browser();
        assertThat(someone.get("login.xhtml").body()).contains("New customer?");
        someone.get("register.xhtml");
        return someone.submit("register.xhtml", "registerForm", "register", Map.of("companyName", "Delta Stores", "name", "Dora Day",
                "email", email, "password", NEW_PASSWORD, "groupCode", code)).body();
    }

    /** The token of the confirmation mail in the outbox: without a mail server configured, mail waits there. */
    private static String confirmationToken(String email) {
        List<String> bodies = outbox("select body from mail_outbox where recipient = ? and subject like 'Confirm your e-mail address%'", email);
        assertThat(bodies).hasSize(1);
        Matcher link = Pattern.compile("confirm\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(bodies.get(0));
        assertThat(link.find()).as("a confirmation link in %s", bodies.get(0)).isTrue();
        return link.group(1);
    }

    private static List<String> mailsTo(String email) {
        return outbox("select subject from mail_outbox where recipient = ?", email);
    }

    private static List<String> outbox(String sql, String recipient) {
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, recipient);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aContactSubmitsACaseWithAFileSeesItAndDownloadsItAsRecordedInTheAuditLog() throws SQLException {
        PageClient gina = signedIn("gina@gamma.test");
        assertThat(gina.get("").body()).contains("New case");
        assertThat(gina.get("new-case.xhtml").body()).contains("Service request", "Incident report", "Visit request", "up to 25 MB each");
        byte[] content = "Till 3, gift card 6035 1234: read error E7\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> submitted = gina.submitWithFiles("new-case.xhtml", "newCase", "submitCase",
                Map.of("type", "INCIDENT_REPORT", "title", "Gift cards refused at till 3", "description", "Since this morning."),
                Map.of("files", List.of(new PageClient.Upload("C:\\scans\\till-3.txt", content))));

        assertThat(submitted.statusCode()).as("to the new case's page").isEqualTo(302);
        String location = submitted.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("case.xhtml?id=");
        String page = gina.get(location.substring(location.indexOf("case.xhtml"))).body();
        assertThat(page).contains("Gift cards refused at till 3", "Incident report", "Since this morning.", "till-3.txt", "(" + content.length + " bytes)");
        Matcher link = Pattern.compile("href=\"(files/\\d+)\">till-3.txt<").matcher(page);
        assertThat(link.find()).as("a download link").isTrue();

        HttpResponse<byte[]> download = gina.download(link.group(1));

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(content);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy).startsWith("sandbox;"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''till-3.txt"));
        assertThat(count("select count(*) from audit_entry a join company c on c.id = a.customer_id"
                + " where a.action = 'attachment.download' and c.name = 'Gamma Stores' and a.subject like '%till-3.txt%'")).isEqualTo(1);
    }

    @Test
    void internalNotesAndTheirFilesNeverReachTheContactAndForeignFilesAnswerLikeMissingOnes() throws SQLException {
        PageClient alice = signedIn("alice@alpha.test");
        long checkout = PageClient.caseId(alice.get("").body(), "Checkout terminal freezes at closing time");
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection()) {
            connection.createStatement().execute("insert into attachment (id, record_type, record_id, customer_id, requester_id, audience, file_name,"
                    + " content_type, size_bytes, content, uploaded_by, created_at)"
                    + " select 990001, 'SupportCase', c.id, c.customer_id, c.requester_id, 'BACK_OFFICE', 'vendor-contract.txt', 'text/plain', 6, lo_from_bytea(0, 'secret'::bytea),"
                    + " (select id from user_account where email = 'staff@gatehouse.test'), now() from support_case c where c.id = " + checkout);
        }

        String page = alice.get("case.xhtml?id=" + checkout).body();

        assertThat(page).as("the public comments, oldest first").containsSubsequence("It happened again yesterday", "Thank you, Alice.");
        assertThat(page).doesNotContain("The freeze starts with the nightly update", "Internal note", "vendor-contract.txt");
        long demoFile = count("select id from attachment where file_name = 'terminal-log.txt'");
        assertThat(alice.download("files/" + demoFile).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> missing = alice.download("files/999999999");
        HttpResponse<byte[]> internal = alice.download("files/990001");
        HttpResponse<byte[]> foreign = signedIn("carol@beta.test").download("files/" + demoFile);
        assertThat(List.of(missing.statusCode(), internal.statusCode(), foreign.statusCode())).containsOnly(404);
        assertThat(PageClient.withoutViewState(new String(internal.body(), StandardCharsets.UTF_8)))
                .isEqualTo(PageClient.withoutViewState(new String(missing.body(), StandardCharsets.UTF_8)))
                .doesNotContain("secret");
        assertThat(PageClient.withoutViewState(new String(foreign.body(), StandardCharsets.UTF_8)))
                .as("the same page, for Carol").contains("Not found").doesNotContain("secret");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithAMessageAndNothingIsStored() throws SQLException {
        PageClient gina = signedIn("gina@gamma.test");
        long scanner = PageClient.caseId(gina.get("").body(), "Scanner does not read gift cards");
        String casePage = "case.xhtml?id=" + scanner;
        gina.get(casePage);
        long comments = count("select count(*) from case_comment");
        long attachments = count("select count(*) from attachment");
        long largeObjects = count("select count(*) from pg_largeobject_metadata");

        String answer = gina.submitWithFiles(casePage, "addComment", "addReply", Map.of("comment", "The whole video"),
                Map.of("files", List.of(new PageClient.Upload("checkout.mp4", new byte[25 * 1024 * 1024 + 1])))).body();

        assertThat(answer).contains("checkout.mp4 is larger than 25 MB, the largest file Gatehouse takes. Nothing was saved.");
        assertThat(count("select count(*) from case_comment")).isEqualTo(comments);
        assertThat(count("select count(*) from attachment")).isEqualTo(attachments);
        assertThat(count("select count(*) from pg_largeobject_metadata")).isEqualTo(largeObjects);
    }

    @Test
    void aContactClosesTheirOwnCaseAndMayOpenItAgain() throws SQLException {
        PageClient carol = signedIn("carol@beta.test");
        long labels = PageClient.caseId(carol.get("").body(), "New price labels for the spring range");
        String casePage = "case.xhtml?id=" + labels;
        assertThat(carol.get(casePage).body()).contains("Close this case");

        String closed = carol.submit(casePage, "closeCase", "close", Map.of()).body();

        assertThat(closed).contains("The case is closed.", "<dd id=\"caseStatus\">Closed</dd>", "Open this case again");
        assertThat(count("select count(*) from record_event e where e.record_type = 'SupportCase' and e.kind = 'STATUS_CHANGED' and e.detail = 'Closed' and e.record_id = " + labels)).isEqualTo(1);
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndTheSessionCookieIsHttpOnlyAndLax() {
        PageClient someone = browser();
        HttpResponse<String> signInPage = someone.get("login.xhtml");
        PageClient alice = signedIn("alice@alpha.test");
        HttpResponse<String> notFound = alice.get("case.xhtml?id=999999");

        for (HttpResponse<String> page : List.of(signInPage, alice.get(""), notFound)) {
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(page.uri().toString())
                    .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'")
                            .doesNotContain("script-src"));
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("Strict-Transport-Security")).as("plain HTTP here").isEmpty();
        }
        assertThat(notFound.statusCode()).isEqualTo(404);
        String cookie = signInPage.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .as("Secure only by the setting, which is off for plain HTTP").doesNotContainIgnoringCase("Secure;").doesNotEndWithIgnoringCase("Secure");
        assertThat(someone.get(stylesheet(signInPage.body())).body()).as("names and titles isolated")
                .containsPattern("\\.case-title[^{]*\\.comment-author[^{]*\\{ unicode-bidi: isolate; \\}");
    }

    @Test
    void textArrivesAsTypedFromTheFirstRequestOfASessionOn() throws SQLException {
        String typed = "Zoë 漢字 " + UUID.randomUUID();
        String email = "zoe-" + UUID.randomUUID() + "@delta.test";
        PageClient registrant = browser();
        registrant.get("register.xhtml");
        registrant.submit("register.xhtml", "registerForm", "register", Map.of("companyName", typed, "name", typed,
                "email", email, "password", NEW_PASSWORD, "groupCode", "Retail-4821"));
        assertThat(count("select count(*) from company where name = '" + typed + "'")).as("the company as typed").isEqualTo(1);
        assertThat(count("select count(*) from user_account where display_name = '" + typed + "' and email = '" + email + "'")).isEqualTo(1);

        String unknown = "zoë.漢字-" + UUID.randomUUID() + "@delta.test";
        assertThat(browser().signIn(unknown, "not the password at all")).isFalse();
        assertThat(count("select count(*) from audit_entry where action = 'sign-in.refused' and actor_email = '" + unknown + "'")).isEqualTo(1);

        PageClient gina = signedIn("gina@gamma.test");
        gina.get("new-case.xhtml");
        HttpResponse<String> submitted = gina.submitWithFiles("new-case.xhtml", "newCase", "submitCase",
                Map.of("type", "SERVICE_REQUEST", "title", typed, "description", "Zoë sagt: 漢字"), Map.of("files", List.of()));
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(count("select count(*) from support_case where title = '" + typed + "' and description = 'Zoë sagt: 漢字'")).isEqualTo(1);
        assertThat(PageClient.caseTitles(gina.get("").body())).contains(typed);
    }

    @Test
    void aFormWithMoreFilesThanAllowedIsRefusedWithAMessageAndNothingIsStored() throws SQLException {
        PageClient gina = signedIn("gina@gamma.test");
        gina.get("new-case.xhtml");
        long cases = count("select count(*) from support_case");
        long largeObjects = count("select count(*) from pg_largeobject_metadata");
        List<PageClient.Upload> eleven = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            eleven.add(new PageClient.Upload("photo-" + i + ".txt", ("photo " + i).getBytes(StandardCharsets.UTF_8)));
        }

        HttpResponse<String> answer = gina.submitWithFiles("new-case.xhtml", "newCase", "submitCase",
                Map.of("type", "INCIDENT_REPORT", "title", "Eleven photos", "description", "All of them."), Map.of("files", eleven));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("Gatehouse takes up to 10 files at a time, each at most 25 MB. Nothing was saved");
        assertThat(count("select count(*) from support_case")).isEqualTo(cases);
        assertThat(count("select count(*) from pg_largeobject_metadata")).isEqualTo(largeObjects);
    }

    @Test
    void aFormLargerThanTheServerTakesIsRefusedBeforeItsBodyIsSent() throws Exception {
        PageClient gina = signedIn("gina@gamma.test");
        URI page = URI.create(deployment.toString()).resolve("./new-case.xhtml");
        long cases = count("select count(*) from support_case");

        // only the headers go out: the server answers without waiting for the 300 MB they announce
        try (Socket socket = new Socket(page.getHost(), page.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + page.getPath() + " HTTP/1.1\r\nHost: " + page.getHost() + ":" + page.getPort() + "\r\n"
                    + "Cookie: JSESSIONID=" + gina.sessionId() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=gatehouse\r\nContent-Length: 300000000\r\n\r\n--gatehouse\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readUntilPageEnd(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 413").contains("Files not taken", "Nothing was saved");
        }
        assertThat(count("select count(*) from support_case")).isEqualTo(cases);
    }

    private static String readUntilPageEnd(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) > 0) {
            answer.write(buffer, 0, read);
            if (answer.toString(StandardCharsets.UTF_8).contains("</html>")) {
                break;
            }
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static String stylesheet(String page) {
        Matcher link = Pattern.compile("href=\"[^\"]*/(jakarta\\.faces\\.resource/gatehouse\\.css[^\"]*)\"").matcher(page);
        assertThat(link.find()).as("the stylesheet link in %s", page).isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    @Test
    void aContactSeesOnlySharedVersionsOfTheirCompaniesAndAHiddenOneAnswersNotFoundEvenFromAnOpenPage() throws SQLException {
        long shared = count("select id from attachment where file_name = 'maintenance-contract-2026.txt'");
        long draft = count("select id from attachment where file_name = 'maintenance-contract-2027-draft.txt'");
        PageClient alice = browser();
        assertThat(alice.signIn("alice@alpha.test", PASSWORD)).isTrue();

        String page = alice.get("documents.xhtml").body();
        assertThat(page).contains("Maintenance contract", "maintenance-contract-2026.txt", "Signed copy")
                .doesNotContain("2027", "Conveyor line manual");
        assertThat(alice.get("documents.xhtml?text=2027").body()).as("nor found by search").contains("No documents.");
        assertThat(alice.download("files/" + shared).statusCode()).isEqualTo(200);
        assertThat(alice.get("files/" + draft).statusCode()).as("a hidden version's file").isEqualTo(404);
        assertThat(PageClient.withoutViewState(alice.get("files/" + draft).body()))
                .isEqualTo(PageClient.withoutViewState(alice.get("files/999999999").body()));

        PageClient nina = browser();
        assertThat(nina.signIn("nina@northwind.test", PASSWORD)).isTrue();
        assertThat(nina.get("documents.xhtml").body()).as("a group-level contact").contains("Conveyor line manual").doesNotContain("Maintenance contract");
        PageClient oscar = browser();
        assertThat(oscar.signIn("oscar@northwind.test", PASSWORD)).isTrue();
        assertThat(oscar.get("documents.xhtml").body()).as("a site's contact does not see the group's documents").contains("No documents.");

        // staff hide the shared version while Alice's page is open: its link answers not found
        long version = count("select record_id from attachment where id = " + shared);
        try {
            update("update document_version set audience = 'BACK_OFFICE' where id = " + version);
            update("update attachment set audience = 'BACK_OFFICE' where id = " + shared);
            assertThat(alice.get("files/" + shared).statusCode()).isEqualTo(404);
            assertThat(alice.get("documents.xhtml").body()).contains("No documents.");
        } finally {
            update("update document_version set audience = 'CUSTOMER' where id = " + version);
            update("update attachment set audience = 'CUSTOMER' where id = " + shared);
        }
    }

    @Test
    void aDesignOrLayerOutOfAContactsSightAnswersNotFoundByIdFileAndPreviewWhileAnAllowedLayerDownloads() throws SQLException {
        long inProgress = count("select id from design where code = 'CS-SP40'");
        long inProgressFile = count(revision(inProgress, "One-up artwork", "file_id"));
        long inProgressPreview = count(revision(inProgress, "One-up artwork", "preview_id"));
        long review = count("select id from design where code = 'CS-SC150'");
        long drawing = count(revision(review, "Manufacturing drawing", "file_id"));
        long drawingPreview = count(revision(review, "Manufacturing drawing", "preview_id"));
        long artwork = count(revision(review, "One-up artwork", "file_id"));
        long artworkPreview = count(revision(review, "One-up artwork", "preview_id"));
        PageClient leo = signedIn("leo@crisp.test");

        assertThat(leo.get("design.xhtml?id=" + inProgress).statusCode()).as("a design in progress").isEqualTo(404);
        assertThat(PageClient.withoutViewState(leo.get("design.xhtml?id=" + inProgress).body()))
                .isEqualTo(PageClient.withoutViewState(leo.get("design.xhtml?id=999999999").body()));
        for (long file : new long[] {inProgressFile, inProgressPreview, drawing, drawingPreview}) {
            assertThat(leo.get("files/" + file).statusCode()).as("file %s of a design in progress or a layer type not allowed", file).isEqualTo(404);
        }
        assertThat(leo.download("files/" + artwork).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> preview = leo.download("files/" + artworkPreview);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Content-Type")).hasValue("image/png");

        String page = leo.get("design.xhtml?id=" + review).body();
        assertThat(page).contains("Sweet Chilli Crisps 150 g", "cs-sc150-artwork-2.png", "Could the crisps show a few chilli flakes?")
                .doesNotContain("cs-sc150-drawing.pdf", "Manufacturing drawing").as("the staff-only annotation").doesNotContain("quiet zone");
        assertThat(leo.get("catalogue.xhtml").body()).contains("Sea Salt Crisps 150 g").doesNotContain("Smoked Paprika", "Chips Sel de Gu");
        assertThat(leo.get("catalogue.xhtml?q=CS-SP40").body()).as("nor found by search").contains("No active designs.");
        assertThat(signedIn("lea@crisp.test").get("design.xhtml?id=" + review).statusCode()).as("another site's design").isEqualTo(404);
    }

    @Test
    void aContactApprovesOnlyADesignStillReadyForReviewAndAContactWhoMayNotApproveIsNotOffered() throws SQLException {
        long review = count("select id from design where code = 'CS-SC150'");
        long decisions = count("select count(*) from design_decision where design_id = " + review);
        PageClient pia = signedIn("pia@crisp.test");
        assertThat(pia.get("design.xhtml?id=" + review).body()).contains("id=\"approve\"");
        try {
            // staff approve it on the phone while Pia's page is open
            update("update design set status = 'APPROVED', version = version + 1 where id = " + review);
            String answer = pia.submit("design.xhtml?id=" + review, "decision", "approve", Map.of("decisionComment", "")).body();
            assertThat(answer).contains("This design is not waiting for a review: it is approved.");
            assertThat(count("select count(*) from design_decision where design_id = " + review)).as("nothing recorded").isEqualTo(decisions);
        } finally {
            update("update design set status = 'READY_FOR_REVIEW' where id = " + review);
        }
        String lea = signedIn("lea@crisp.test").get("reviews.xhtml").body();
        assertThat(lea).contains("approved by the people your company named for it").doesNotContain("id=\"designs\"");
    }

    @Test
    void aContactSeesTheAssetsMadeVisibleToThemWithTheirWorkOrdersAndNothingElse() throws SQLException {
        long hall = count("select id from asset where code = 'PN-HA'");
        long conveyor = count("select id from asset where code = 'PN-CV3'");
        long office = count("select id from asset where code = 'PN-OF'");
        long plant = count("select id from asset where code = 'PN'");
        PageClient oscar = signedIn("oscar@northwind.test");

        assertThat(oscar.get("assets.xhtml").body()).contains("Hall A", "Conveyor 3", "Press 1", "3 assets")
                .doesNotContain("Office building", "Plant South", "Harbour Road");
        assertThat(oscar.get("asset.xhtml?id=" + conveyor).body()).contains("IR-2291-0447", "Replace the drive belt", "Quarterly inspection");
        assertThat(oscar.get("asset.xhtml?id=" + hall).body()).as("no link up to a plant he does not see").doesNotContain("Up one level");
        for (long hidden : new long[] {office, plant}) {
            assertThat(oscar.get("asset.xhtml?id=" + hidden).statusCode()).isEqualTo(404);
            assertThat(PageClient.withoutViewState(oscar.get("asset.xhtml?id=" + hidden).body()))
                    .isEqualTo(PageClient.withoutViewState(oscar.get("asset.xhtml?id=999999999").body()));
        }
        try {
            // with "assigned work orders only", just the inspection assigned to him remains
            update("update user_account set assigned_work_orders_only = true where email = 'oscar@northwind.test'");
            update("update work_order set sight = '' where title in ('Replace the drive belt', 'Hydraulic leak at the main cylinder')");
            assertThat(oscar.get("asset.xhtml?id=" + conveyor).body()).contains("Quarterly inspection").doesNotContain("Replace the drive belt");
        } finally {
            update("update user_account set assigned_work_orders_only = false where email = 'oscar@northwind.test'");
            update("update work_order w set sight = a.sight from asset a where a.id = w.asset_id");
        }
        // "Raise a request" on the asset's page: an incident report about the conveyor, listed on its page
        assertThat(oscar.get("new-case.xhtml?asset=" + conveyor).body()).contains("About", "Conveyor 3", "Hall A, line 3");
        HttpResponse<String> raised = oscar.submitWithFiles("new-case.xhtml?asset=" + conveyor, "newCase", "submitCase",
                Map.of("type", "INCIDENT_REPORT", "title", "Conveyor 3 squeaks", "description", ""), Map.of("files", List.of()));
        assertThat(raised.statusCode()).isEqualTo(302);
        assertThat(count("select asset_id from support_case where title = 'Conveyor 3 squeaks'")).isEqualTo(conveyor);
        assertThat(oscar.get("asset.xhtml?id=" + conveyor).body()).contains("Conveyor 3 squeaks", "Incident report");
        assertThat(oscar.get("new-case.xhtml?asset=" + office).statusCode()).as("an asset he does not see").isEqualTo(404);
        assertThat(signedIn("alice@alpha.test").get("new-case.xhtml?asset=" + conveyor).statusCode()).isEqualTo(404);

        assertThat(signedIn("nina@northwind.test").get("assets.xhtml").body()).as("group-level, both plants made visible")
                .contains("Office building", "Press line 2", "7 assets");
        assertThat(signedIn("alice@alpha.test").get("assets.xhtml").body()).contains("No assets.");
    }

    @Test
    void aContactsPlanningShowsTheEntriesAssignedToThemAndNoneOfAnyoneElse() {
        PageClient oscar = signedIn("oscar@northwind.test");
        assertThat(oscar.get("planning.xhtml").body()).contains("navPlanning", "planningCalendar").as("never draggable")
                .contains("eventStartEditable:false").doesNotContain("eventStartEditable:true");

        // the demo plans this week and the next
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String entries = oscar.scheduleEvents("planning.xhtml", "planningForm", "planning", now.minus(14, ChronoUnit.DAYS), now.plus(28, ChronoUnit.DAYS));

        assertThat(entries).as("assigned to Oscar").contains("Replace the drive belt", "Lubricate the rollers")
                .as("assigned to Nina").doesNotContain("Hydraulic leak at the main cylinder", "Safety walk with the site manager")
                .as("assigned to nobody").doesNotContain("Check the fire doors")
                .doesNotContain("\"startEditable\":true");
        PageClient nina = signedIn("nina@northwind.test");
        nina.get("planning.xhtml");
        assertThat(nina.scheduleEvents("planning.xhtml", "planningForm", "planning", now.minus(14, ChronoUnit.DAYS), now.plus(28, ChronoUnit.DAYS)))
                .contains("Hydraulic leak at the main cylinder").doesNotContain("Replace the drive belt");
    }

    @Test
    void aWorkOrderShowsItsPublicNotesOnlyAndOneOutOfSightAnswersNotFoundLikeAMissingOne() throws SQLException {
        long belt = count("select id from work_order where title = 'Replace the drive belt'");
        long airConditioning = count("select id from work_order where title = 'Air conditioning service'");
        long conveyor = count("select id from asset where code = 'PN-CV3'");
        PageClient oscar = signedIn("oscar@northwind.test");

        assertThat(oscar.get("asset.xhtml?id=" + conveyor).body()).as("linked from its asset").contains("work-order.xhtml?id=" + belt);
        assertThat(oscar.get("work-order.xhtml?id=" + belt).body()).contains("Replace the drive belt", "Repair", "High", "Conveyor 3",
                        "The new belt is ordered").as("the internal note").doesNotContain("re-tensioned", "Internal note")
                .as("time spent is the back office's").doesNotContain("Time spent");

        assertThat(oscar.get("work-order.xhtml?id=" + airConditioning).statusCode()).as("the office, which he does not see").isEqualTo(404);
        assertThat(PageClient.withoutViewState(oscar.get("work-order.xhtml?id=" + airConditioning).body()))
                .isEqualTo(PageClient.withoutViewState(oscar.get("work-order.xhtml?id=999999999").body()));
        assertThat(signedIn("nina@northwind.test").get("work-order.xhtml?id=" + airConditioning).body()).contains("Air conditioning service");
    }

    @Test
    void aWorkOrderAndItsFilesAnswerNotFoundOutOfSightAndInAssignedOnlyModeUnlessAssigned() throws SQLException {
        long belt = count("select id from work_order where title = 'Replace the drive belt'");
        long inspection = count("select id from work_order where title = 'Quarterly inspection'");
        long airConditioning = count("select id from work_order where title = 'Air conditioning service'");
        long oscarId = count("select id from user_account where email = 'oscar@northwind.test'");
        // files as the back office attaches them: seen like their work order (AssetChanges.attach), or internal
        long beltFile = attach(belt, "CONTACTS");
        long beltInternal = attach(belt, "BACK_OFFICE");
        long inspectionFile = attach(inspection, "CONTACTS");
        long officeFile = attach(airConditioning, "CONTACTS");
        PageClient oscar = signedIn("oscar@northwind.test");

        assertThat(oscar.download("files/" + beltFile).statusCode()).isEqualTo(200);
        assertThat(oscar.download("files/" + inspectionFile).statusCode()).isEqualTo(200);
        for (long hidden : new long[] {beltInternal, officeFile}) {
            assertThat(oscar.get("files/" + hidden).statusCode()).as("internal, or of a work order under an asset he does not see").isEqualTo(404);
            assertThat(PageClient.withoutViewState(oscar.get("files/" + hidden).body()))
                    .isEqualTo(PageClient.withoutViewState(oscar.get("files/999999999").body()));
        }
        assertThat(signedIn("nina@northwind.test").download("files/" + officeFile).statusCode()).isEqualTo(200);
        assertThat(signedIn("alice@alpha.test").get("files/" + beltFile).statusCode()).as("another company's contact").isEqualTo(404);
        try {
            // "assigned work orders only", as the contact's page saves it: the option and the sight it implies together
            update("update user_account set assigned_work_orders_only = true where id = " + oscarId);
            Installation.inTransaction(em -> {
                WorkOrderSight.ofContact(em, oscarId);
                return null;
            });
            assertThat(oscar.get("work-order.xhtml?id=" + belt).statusCode()).as("not assigned to him").isEqualTo(404);
            assertThat(PageClient.withoutViewState(oscar.get("work-order.xhtml?id=" + belt).body()))
                    .isEqualTo(PageClient.withoutViewState(oscar.get("work-order.xhtml?id=999999999").body()));
            assertThat(oscar.get("files/" + beltFile).statusCode()).as("its file with it").isEqualTo(404);
            assertThat(oscar.get("work-order.xhtml?id=" + inspection).statusCode()).as("assigned to him").isEqualTo(200);
            assertThat(oscar.download("files/" + inspectionFile).statusCode()).isEqualTo(200);
        } finally {
            update("update user_account set assigned_work_orders_only = false where id = " + oscarId);
            Installation.inTransaction(em -> {
                WorkOrderSight.ofContact(em, oscarId);
                return null;
            });
        }
        assertThat(oscar.download("files/" + beltFile).statusCode()).as("switched off again").isEqualTo(200);
    }

    /** A file on the work order, for the audience given, with the sight its work order has. */
    private static long attach(long workOrder, String audience) throws SQLException {
        return count("insert into attachment (id, record_type, record_id, customer_id, audience, sight, file_name, content_type, size_bytes,"
                + " content, uploaded_by, created_at) select nextval('attachment_seq') + 2000000, 'WorkOrder', w.id, w.customer_id, '" + audience
                + "', case when '" + audience + "' = 'CONTACTS' then w.sight else '' end, 'photo-' || w.id || '.txt', 'text/plain', 4,"
                + " lo_from_bytea(0, 'file'::bytea), (select id from user_account where email = 'technician@fixit.test'), now()"
                + " from work_order w where w.id = " + workOrder + " returning id");
    }

    @Test
    void aTourAssignedToNinaIsHersToPrintAndOscarsAnswersNotFound() throws SQLException {
        long round = count("select id from tour where name = 'Plant North round'");
        PageClient nina = signedIn("nina@northwind.test");

        assertThat(nina.get("tours.xhtml").body()).contains("navTours", "Plant North round", "tour.xhtml?id=" + round);
        assertThat(nina.get("tour.xhtml?id=" + round).body()).contains("Plant North round", "Terry Technician", "window.print()")
                .containsSubsequence("Hall A", "Conveyor 3", "Press 1", "Office building");

        PageClient oscar = signedIn("oscar@northwind.test");
        assertThat(oscar.get("tours.xhtml").body()).doesNotContain("Plant North round");
        assertThat(oscar.get("tour.xhtml?id=" + round).statusCode()).isEqualTo(404);
        assertThat(PageClient.withoutViewState(oscar.get("tour.xhtml?id=" + round).body()))
                .isEqualTo(PageClient.withoutViewState(oscar.get("tour.xhtml?id=999999999").body()));
    }

    /** The latest revision's file or preview of the design's layer of that type. */
    private static String revision(long design, String layerType, String column) {
        return "select r." + column + " from layer_revision r join design_layer l on l.id = r.layer_id join layer_type t on t.id = l.layer_type_id"
                + " where l.design_id = " + design + " and t.name = '" + layerType + "' order by r.number desc limit 1";
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection();
             ResultSet row = connection.createStatement().executeQuery(sql)) {
            assertThat(row.next()).as(sql).isTrue();
            return row.getLong(1);
        }
    }

    private static void update(String sql) throws SQLException {
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection()) {
            connection.createStatement().executeUpdate(sql);
        }
    }

    private String forgotPassword(String email) {
        PageClient someone = browser();
        assertThat(someone.get("login.xhtml").body()).contains("Forgot password?");
        someone.get("forgot-password.xhtml");
        return someone.submit("forgot-password.xhtml", "forgotForm", "sendLink", Map.of("email", email)).body()
                .replaceAll("value=\"[^\"]*\"", "");
    }

    @Test
    void anAdministratorViewingAsACompanyAdministratorChangesNothingByPageOrByCraftedPost() throws SQLException {
        // the name JSF gives the button that deactivates Alice, as Bob's own page shows it
        PageClient bob = signedIn("bob@alpha.test");
        Matcher deactivateAlice = Pattern.compile("name=\"([^\"]+)\" value=\"Deactivate\"")
                .matcher(bob.get("contacts.xhtml").body().substring(bob.lastPage().indexOf("alice@alpha.test")));
        assertThat(deactivateAlice.find()).isTrue();
        PageClient admin = viewingAs("admin@gatehouse.test", "bob@alpha.test");
        String home = admin.get("").body();
        assertThat(home).contains("You are viewing the portal as").doesNotContain("New case");
        long checkout = PageClient.caseId(home, "Checkout terminal freezes at closing time");
        long powerCut = PageClient.caseId(home, "Power cut in the Main Street store");
        String before = alphaAsStored();

        assertThat(admin.get("case.xhtml?id=" + checkout).body()).doesNotContain("Add comment", "Close this case");
        admin.submitWithFiles("case.xhtml?id=" + checkout, "addComment", "addReply", Map.of("comment", "Written while viewing as"),
                Map.of("files", List.of(new PageClient.Upload("note.txt", "viewing as".getBytes(StandardCharsets.UTF_8)))));
        admin.get("case.xhtml?id=" + checkout);
        admin.submit("case.xhtml?id=" + checkout, "closeCase", "close", Map.of());
        assertThat(admin.get("case.xhtml?id=" + powerCut).body()).doesNotContain("Open this case again");
        admin.submit("case.xhtml?id=" + powerCut, "closeCase", "reopen", Map.of());
        admin.get("new-case.xhtml");
        admin.submitWithFiles("new-case.xhtml", "newCase", "submitCase",
                Map.of("type", "CASE", "title", "Submitted while viewing as", "description", "Nobody may submit this"), Map.of());
        admin.get("contacts.xhtml");
        admin.submit("contacts.xhtml", "inviteForm", "invite", Map.of("inviteDisplayName", "Eve Evil", "inviteEmail", "eve@alpha.test"));
        admin.get("contacts.xhtml");
        admin.submit("contacts.xhtml", "contactList", deactivateAlice.group(1), Map.of());
        admin.get("my-account.xhtml");
        admin.submit("my-account.xhtml", "profile", "saveProfile", Map.of("displayName", "Mallory"));
        admin.get("my-account.xhtml");
        admin.submit("my-account.xhtml", "caseMailForm", "saveCaseMail", Map.of());
        admin.get("my-account.xhtml");
        admin.submit("my-account.xhtml", "passwordChange", "changePassword",
                Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD, "repeatedPassword", NEW_PASSWORD));

        assertThat(alphaAsStored()).isEqualTo(before);
        assertThat(admin.get("").statusCode()).as("still viewing as").isEqualTo(200);
    }

    @Test
    void aViewAsSessionEndsFifteenMinutesAfterItBeganOrAtOnceWhenItsActorIsDeactivated() throws SQLException {
        PageClient staff = viewingAs("staff@gatehouse.test", "alice@alpha.test");
        assertThat(staff.get("").statusCode()).isEqualTo(200);
        sql("update view_as_ticket set redeemed_at = redeemed_at - interval '15 minutes' where actor_id = (select id from user_account where email = ?)",
                "staff@gatehouse.test");
        assertThat(staff.get("").headers().firstValue("Location")).as("15 minutes later").get().asString().endsWith("/login.xhtml");

        PageClient again = viewingAs("staff@gatehouse.test", "alice@alpha.test");
        assertThat(again.get("").statusCode()).isEqualTo(200);
        try {
            sql("update user_account set active = false where email = ?", "staff@gatehouse.test");
            assertThat(again.get("").headers().firstValue("Location")).as("the actor deactivated").get().asString().endsWith("/login.xhtml");
        } finally {
            sql("update user_account set active = true where email = ?", "staff@gatehouse.test");
        }
    }

    @Test
    void aNewPasswordEndsTheUsersOtherSessionsButNotTheOneThatSetIt() {
        PageClient phone = signedIn("teacher@almond.test");
        PageClient laptop = signedIn("teacher@almond.test");
        laptop.get("my-account.xhtml");

        String changed = laptop.submit("my-account.xhtml", "passwordChange", "changePassword",
                Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD, "repeatedPassword", NEW_PASSWORD)).body();

        assertThat(changed).contains("Your password is changed");
        assertThat(laptop.get("").statusCode()).as("the session that set it").isEqualTo(200);
        assertThat(phone.get("").headers().firstValue("Location")).as("another session").get().asString().endsWith("/login.xhtml");
        assertThat(browser().signIn("teacher@almond.test", NEW_PASSWORD)).isTrue();
    }

    /** Opens the portal as the contact, with a ticket as the back office would issue it. */
    private PageClient viewingAs(String actor, String contact) throws SQLException {
        String ticket = UUID.randomUUID().toString();
        sql("""
                insert into view_as_ticket (id, token_hash, actor_id, contact_id, expires_at)
                select nextval('view_as_ticket_seq'), encode(sha256(convert_to(?, 'UTF8')), 'hex'), a.id, c.id, now() + interval '1 minute'
                from user_account a, user_account c where a.email = ? and c.email = ?""", ticket, actor, contact);
        PageClient client = browser();
        assertThat(client.get("view-as.xhtml?ticket=" + ticket).statusCode()).as("the ticket is redeemed").isEqualTo(302);
        return client;
    }

    /** Everything of Alpha's that a contact's writes could change, as one text. */
    private static String alphaAsStored() throws SQLException {
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     select string_agg(line, ' | ' order by line) from (
                         select 'comments ' || count(*) from case_comment
                         union all select 'files ' || count(*) from attachment
                         union all select 'cases ' || count(*) from support_case
                         union all select 'users ' || count(*) from user_account
                         union all select 'case ' || id || ' ' || status || ' ' || version from support_case where customer_id = c.id
                         union all select 'user ' || email || ' ' || active || ' ' || display_name || ' ' || case_mail || ' ' || coalesce(password_hash, '')
                             from user_account where company_id = c.id
                     ) lines(line)""".replace("c.id", "(select company_id from user_account where email = 'bob@alpha.test')"));
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    private static void sql(String statement, String... parameters) throws SQLException {
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection(); PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setString(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    private PageClient browser() {
        return new PageClient(URI.create(deployment.toString()).resolve("./"));
    }

    private PageClient signedIn(String email) {
        PageClient contact = browser();
        assertThat(contact.signIn(email, PASSWORD)).as("%s signs in", email).isTrue();
        return contact;
    }

    private static List<String> casesOf(PageClient contact) {
        return PageClient.caseTitles(contact.get("").body());
    }
}
