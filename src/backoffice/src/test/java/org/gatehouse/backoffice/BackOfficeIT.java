package org.gatehouse.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import javax.imageio.ImageIO;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Base64;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.io.File;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gatehouse.testing.EmbeddedDatabase;
import org.gatehouse.testing.EmbeddedDatabaseExtension;
import org.gatehouse.testing.PageClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real back-office WAR in Payara Micro on the embedded database with the demo installation. */
@ExtendWith(EmbeddedDatabaseExtension.class)
@ExtendWith(ArquillianExtension.class)
class BackOfficeIT {

    private static final String PASSWORD = "gatehouse-demo";
    private static final Pattern CUSTOMER = Pattern.compile("class=\"case-customer\"[^>]*>([^<]*)<");
    private static final Pattern CUSTOMER_LINK = Pattern.compile("class=\"customer-name\"[^>]*>\\s*<a href=\"[^\"]*customer.xhtml\\?id=(\\d+)\">([^<]*)</a>");

    /** The start of a cell of the Mail screen's state column, up to its text. */
    private static final String STATE_CELL = "class=\"[^\"]*mail-state[^\"]*\"[^>]*>";

    @Deployment(testable = false)
    static WebArchive backOffice() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("gatehouse.war")));
    }

    @ArquillianResource
    URL deployment;

    private PageClient browser;

    @BeforeEach
    void newBrowser() {
        browser = new PageClient(application());
    }

    private URI application() {
        return URI.create(deployment.toString()).resolve("./");
    }

    @Test
    void staffSignInRenewsTheSessionAndShowsTheCasesOfTheirGroups() {
        browser.get("login.xhtml");
        String before = browser.sessionId();

        assertThat(browser.signIn("staff@gatehouse.test", PASSWORD)).isTrue();

        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(customersListed()).containsOnly("Alpha Ltd", "Beta Ltd", "Gamma Stores",
                "Shoe String School District", "Almond School", "Birch School");
    }

    @Test
    void partnerSeesOnlyTheCustomersGrantedToTheirCompany() {
        assertThat(browser.signIn("partner@bogus.test", PASSWORD)).isTrue();

        assertThat(customersListed()).containsOnly("Alpha Ltd", "Beta Ltd").contains("Alpha Ltd", "Beta Ltd");
    }

    @Test
    void adminSeesEveryCustomer() {
        assertThat(browser.signIn("admin@gatehouse.test", PASSWORD)).isTrue();

        assertThat(browser.get("").body()).contains("15 cases");
    }

    @Test
    void aCaseOfACustomerNotGrantedAnswersNotFoundLikeAMissingOne() {
        assertThat(browser.signIn("partner@bogus.test", PASSWORD)).isTrue();
        long alphaCase = PageClient.caseId(browser.get("").body(), "Checkout terminal freezes at closing time");
        PageClient admin = new PageClient(application());
        assertThat(admin.signIn("admin@gatehouse.test", PASSWORD)).isTrue();
        long gammaCase = PageClient.caseId(admin.get("").body(), "Scanner does not read gift cards");

        assertThat(browser.get("case.xhtml?id=" + alphaCase).statusCode()).isEqualTo(200);
        assertThat(browser.get("case.xhtml?id=" + gammaCase).statusCode()).isEqualTo(404);
        assertThat(browser.get("case.xhtml?id=999999").statusCode()).isEqualTo(404);
        assertThat(PageClient.withoutViewState(browser.get("case.xhtml?id=" + gammaCase).body()))
                .isEqualTo(PageClient.withoutViewState(browser.get("case.xhtml?id=999999").body()));
    }

    @Test
    void aPartnerChangesCasesOfCustomersWithWriteAndOnlyReadsTheOthers() {
        assertThat(browser.signIn("partner@bogus.test", PASSWORD)).isTrue();
        String list = browser.get("").body();
        long alphaCase = PageClient.caseId(list, "Add two users to the loyalty system");
        long betaCase = PageClient.caseId(list, "Receipt printer prints blank pages");

        assertThat(browser.get("case.xhtml?id=" + betaCase).body()).as("Beta (READ) case page")
                .contains("Waiting for customer").doesNotContain("saveStatus");
        assertThat(browser.get("case.xhtml?id=" + alphaCase).body()).as("Alpha (WRITE) case page").contains("saveStatus");
        String changed = browser.submit("case.xhtml?id=" + alphaCase, "changeStatus", "saveStatus", Map.of("status", "WAITING")).body();

        assertThat(changed).contains("Status changed to Waiting for customer.");
        assertThat(browser.get("case.xhtml?id=" + alphaCase).body()).contains("<dd id=\"caseStatus\">Waiting for customer</dd>");
    }

    @Test
    void staffSeeWhoCanSeeACaseAndWhyButPartnersDoNot() {
        assertThat(browser.signIn("staff@gatehouse.test", PASSWORD)).isTrue();
        long alphaCase = PageClient.caseId(browser.get("").body(), "Checkout terminal freezes at closing time");

        assertThat(browser.get("case.xhtml?id=" + alphaCase).body()).as("asked for, not shown on every visit")
                .contains("Who can see this?").doesNotContain("administrator: sees every customer");
        String page = browser.get("case.xhtml?id=" + alphaCase + "&who=true").body();

        assertThat(page).contains("Who can see this?")
                .contains("administrator: sees every customer")
                .contains("member of customer group Retail-4821")
                .contains("the user's company has access to Alpha Ltd")
                .contains("the contact submitted it")
                .contains("company case visibility covers the contact's own company")
                .doesNotContain("gina@gamma.test");
        PageClient partner = new PageClient(application());
        assertThat(partner.signIn("partner@bogus.test", PASSWORD)).isTrue();
        assertThat(partner.get("case.xhtml?id=" + alphaCase).body()).doesNotContain("Who can see this?");
        assertThat(partner.get("case.xhtml?id=" + alphaCase + "&who=true").body()).doesNotContain("Who can see this?")
                .doesNotContain("administrator: sees every customer");
    }

    @Test
    void anAdminSeesWhatAUserCanSeeAndWhy() {
        PageClient admin = new PageClient(application());
        assertThat(admin.signIn("admin@gatehouse.test", PASSWORD)).isTrue();
        long partnerId = linkedId(admin.get("users/index.xhtml").body(), "Pat Partner");

        String page = admin.get("users/user.xhtml?id=" + partnerId).body();

        assertThat(page).contains("What can this user see?");
        assertThat(Pattern.compile("class=\"sight-customer\">([^<]+)<").matcher(page).results().map(m -> m.group(1)).toList())
                .containsExactly("Alpha Ltd", "Beta Ltd");
        assertThat(page).contains("the user's company has access to Alpha Ltd");
    }

    @Test
    void staffSeeWhoCanSeeACustomer() {
        assertThat(browser.signIn("staff@gatehouse.test", PASSWORD)).isTrue();
        long beta = linkedId(browser.get("customers/index.xhtml").body(), "Beta Ltd");

        String page = browser.get("customers/customer.xhtml?id=" + beta).body();

        assertThat(page).contains("Who can see this?").contains("carol@beta.test").contains("partner@bogus.test")
                .doesNotContain("alice@alpha.test");
    }

    @Test
    void anAdminFindsRefusedSignInsInTheAuditLogAndExportsThemAsCsv() {
        String stranger = "nobody-" + System.nanoTime() + "@example.test";
        assertThat(new PageClient(application()).signIn(stranger, "a guess")).isFalse();
        assertThat(browser.signIn("admin@gatehouse.test", PASSWORD)).isTrue();
        browser.get("audit/index.xhtml");

        String filtered = browser.submit("audit/index.xhtml", "auditFilter", "filter", Map.of("actor", stranger)).body();
        String csv = browser.submit("audit/index.xhtml", "auditFilter", "export", Map.of("actor", stranger)).body();

        assertThat(filtered).contains("1 entries").contains("sign-in.refused").doesNotContain("admin@gatehouse.test</td>");
        assertThat(csv.lines()).hasSize(2).first().isEqualTo("at,actor,viewed_as,action,customer,subject,before,after");
        assertThat(csv).contains("\"" + stranger + "\",,\"sign-in.refused\",,\"back office\",,");
    }

    @Test
    void onlyAdminsOpenTheAuditLog() {
        assertThat(browser.signIn("staff@gatehouse.test", PASSWORD)).isTrue();

        assertThat(browser.get("audit/index.xhtml").body()).contains("Not found").doesNotContain("Audit log");
    }

    @Test
    void anAdminFindsAFailedMailAndSendsItAgainButNeverASentOneAndStaffFindNoMailPage() throws SQLException {
        String tag = "bounced-" + System.nanoTime();
        String recipient = tag + "@example.test";
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into mail_outbox (id, recipient, subject, body, created_at, state, attempts, next_attempt_at, sent_at, last_error)
                     values ((select coalesce(max(id), 0) + 1000000 from mail_outbox), ?, 'Your invitation', 'Hello', now(), 'FAILED', 20, now(), null,
                             'Connection refused'),
                            ((select coalesce(max(id), 0) + 2000000 from mail_outbox), ?, 'Set a new password', 'Hello', now() - interval '1 hour',
                             'SENT', 1, now(), now(), null)""")) {
            insert.setString(1, recipient);
            insert.setString(2, recipient);
            insert.executeUpdate();
        }
        assertThat(browser.signIn("staff@gatehouse.test", PASSWORD)).isTrue();
        assertThat(browser.get("mail/index.xhtml").body()).contains("Not found").doesNotContain("mailFilter");

        PageClient admin = new PageClient(application());
        assertThat(admin.signIn("admin@gatehouse.test", PASSWORD)).isTrue();
        assertThat(admin.get("").body()).contains("mail/index.xhtml\">Mail<");
        admin.get("mail/index.xhtml");
        String listed = admin.submit("mail/index.xhtml", "mailFilter", "filter", Map.of("recipient", tag)).body();

        assertThat(listed).contains("2 mails", "Connection refused", "Set a new password")
                .containsPattern(STATE_CELL + "Failed: given up after repeated errors").containsPattern(STATE_CELL + "Sent<");
        assertThat(Pattern.compile("value=\"Send again\"").matcher(listed).results().count()).as("the failed mail only").isEqualTo(1);
        String sentAgain = admin.submit("mail/index.xhtml", "mailList", "mails:0:sendAgain", Map.of()).body();

        assertThat(sentAgain).contains("Mail queued again").containsPattern(STATE_CELL + "Waiting to be sent")
                .doesNotContain("value=\"Send again\"");
        assertThat(single("select state || ' ' || attempts from mail_outbox where recipient = ? and subject = 'Your invitation'", recipient))
                .isEqualTo("PENDING 0");
        assertThat(single("select before_value || '->' || after_value || ' by ' || actor_email from audit_entry"
                + " where action = 'mail.send-again' and subject like '%' || ?", recipient + ": Your invitation"))
                .isEqualTo("FAILED->PENDING by admin@gatehouse.test");
    }

    @Test
    void aCaseEventIsMailedByTheRunningApplicationsToWhoSeesTheCaseWithALinkToTheirOwnApplication() throws Exception {
        String caseId = single("select min(id)::text from support_case where requester_id = (select id from user_account where email = ?)",
                "alice@alpha.test");
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into record_event (id, record_type, record_id, kind, actor_id, detail, created_at)
                     select (select coalesce(max(id), 0) + 1000000 from record_event), 'SupportCase', ?, 'STATUS_CHANGED', id, 'Waiting for customer', now()
                     from user_account where email = 'admin@gatehouse.test'""")) {
            insert.setLong(1, Long.parseLong(caseId));
            insert.executeUpdate();
        }

        // the notification job runs every 5 seconds in each application
        String recipients = null;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (recipients == null && System.nanoTime() < deadline) {
            Thread.sleep(500);
            recipients = single("select string_agg(recipient, ',' order by recipient) from mail_outbox where record_type = 'SupportCase' and record_id = ?::bigint", caseId);
        }

        assertThat(recipients).as("the requester; Beta's contact and the admin who acted do not").contains("alice@alpha.test")
                .doesNotContain("carol@beta.test", "admin@gatehouse.test");
        assertThat(single("select body from mail_outbox where record_type = 'SupportCase' and record_id = ?::bigint and recipient = 'alice@alpha.test'", caseId))
                .contains("changed the status of case #" + caseId, "to Waiting for customer", "/portal/case.xhtml?id=" + caseId);
    }

    @Test
    void aCustomerContactIsRefusedExactlyLikeAWrongPassword() {
        assertThat(browser.signIn("alice@alpha.test", PASSWORD)).isFalse();
        assertThat(browser.get("").statusCode()).as("still signed out").isEqualTo(302);

        String refusedKind = refusal("alice@alpha.test", PASSWORD);
        String wrongPassword = refusal("staff@gatehouse.test", "not the password");
        assertThat(refusedKind).contains("The e-mail or the password is not right.");
        assertThat(refusedKind).isEqualTo(wrongPassword);
    }

    @Test
    void anAdminCreatesACustomerGroupAndSeesItsCodeAndOnlyAdminsManageGroups() {
        assertThat(browser.signIn("admin@gatehouse.test", PASSWORD)).isTrue();
        assertThat(browser.get("").body()).contains("Customer groups");
        browser.get("groups/index.xhtml");

        String created = browser.submit("groups/index.xhtml", "createGroup", "create", Map.of("name", "Wholesale")).body();

        assertThat(created).containsPattern("Customer group Wholesale-\\d{4} created.");
        browser.get("groups/index.xhtml");
        assertThat(browser.submit("groups/index.xhtml", "createGroup", "create", Map.of("name", "retail")).body())
                .contains("There is already a group named retail: please choose another name.");
        PageClient staff = new PageClient(application());
        assertThat(staff.signIn("staff@gatehouse.test", PASSWORD)).isTrue();
        assertThat(staff.get("").body()).contains("Customers").doesNotContain("Customer groups");
        assertThat(staff.get("groups/index.xhtml").body()).as("the groups page for staff").contains("Not found").doesNotContain("createGroup");
    }

    @Test
    void textArrivesAsTypedFromTheFirstRequestOfASessionOn() throws SQLException {
        String unknown = "zoë.漢字-" + UUID.randomUUID() + "@operator.test";
        assertThat(new PageClient(application()).signIn(unknown, "not the password at all")).isFalse();
        assertThat(single("select count(*)::text from audit_entry where action = 'sign-in.refused' and actor_email = ?", unknown))
                .as("the address as typed in the first form of a session").isEqualTo("1");

        String typed = "Zoë 漢字 " + UUID.randomUUID().toString().substring(0, 8);
        assertThat(browser.signIn("admin@gatehouse.test", PASSWORD)).isTrue();
        browser.get("groups/index.xhtml");

        browser.submit("groups/index.xhtml", "createGroup", "create", Map.of("name", typed));

        assertThat(single("select count(*)::text from customer_group where name = ?", typed)).isEqualTo("1");
        assertThat(browser.get("groups/index.xhtml").body()).contains(typed);
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndTheSessionCookieIsHttpOnlyAndLax() {
        HttpResponse<String> signInPage = browser.get("login.xhtml");
        PageClient staff = new PageClient(application());
        assertThat(staff.signIn("staff@gatehouse.test", PASSWORD)).isTrue();
        HttpResponse<String> forbidden = staff.get("audit/index.xhtml");

        for (HttpResponse<String> page : List.of(signInPage, staff.get(""), forbidden)) {
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(page.uri().toString())
                    .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"));
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("Strict-Transport-Security")).as("plain HTTP here").isEmpty();
        }
        assertThat(forbidden.body()).as("the error page, too").contains("Not found");
        assertThat(signInPage.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void anAdminGivesStaffWriteOnAGroupAndDeletesTheGroupOnlyWhenItHasNoCustomers() throws SQLException {
        assertThat(browser.signIn("admin@gatehouse.test", PASSWORD)).isTrue();
        browser.get("groups/index.xhtml");
        browser.submit("groups/index.xhtml", "createGroup", "create", Map.of("name", "Outlet"));
        String outlet = "groups/group.xhtml?id=" + linkedId(browser.get("groups/index.xhtml").body(), "Outlet-\\d{4}");
        Matcher staff = Pattern.compile("<option value=\"(\\d+)\">Sam Staff").matcher(browser.get(outlet).body());
        assertThat(staff.find()).isTrue();

        String added = browser.submit(outlet, "addMember", "add", Map.of("member", staff.group(1), "level", "WRITE")).body();

        assertThat(added).contains("Member added.", "staff@gatehouse.test");
        assertThat(added).as("Sam Staff's level").containsPattern("value=\"WRITE\"[^>]*checked|checked[^>]*value=\"WRITE\"");
        String retail = "groups/group.xhtml?id=" + linkedId(browser.get("groups/index.xhtml").body(), "Retail-4821");
        browser.get(retail);
        assertThat(browser.submit(retail, "deleteGroup", "delete", Map.of()).body()).contains("Retail-4821 still has");
        browser.get(outlet);
        var deleted = browser.submit(outlet, "deleteGroup", "delete", Map.of());
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(browser.get(outlet).statusCode()).isEqualTo(404);
        assertThat(String.join("\n", audited("Outlet-"))).as("the audit log").matches("""
                admin@gatehouse.test group.create null->Outlet-\\d{4}
                admin@gatehouse.test group.member null->WRITE
                admin@gatehouse.test group.delete Outlet-\\d{4}->null""");
    }

    /** The audit entries whose subject mentions the text, oldest first, as "actor action before->after". */
    @Test
    void anAdminSwitchesOnAPartnersCaseMailAndThePartnerSeesItInMyAccount() throws SQLException {
        String technicianPage = "users/user.xhtml?id=" + userId("technician@fixit.test");
        PageClient admin = new PageClient(application());
        assertThat(admin.signIn("admin@gatehouse.test", PASSWORD)).isTrue();
        assertThat(admin.get(technicianPage).body()).as("partners opt in (seed 001)").contains("Switch case mail on");

        String switched = admin.submit(technicianPage, "caseMailForm", "switchCaseMail", Map.of()).body();

        assertThat(switched).contains("will get e-mail about case events", "Switch case mail off");
        assertThat(audited("technician@fixit.test")).contains("admin@gatehouse.test user.case-mail false->true");
        PageClient technician = new PageClient(application());
        assertThat(technician.signIn("technician@fixit.test", PASSWORD)).isTrue();
        assertThat(technician.get("my-account.xhtml").body()).contains("E-mail me about case events of my customers")
                .containsPattern("id=\"caseMail\"[^>]*checked");
        assertThat(admin.get("users/user.xhtml?id=" + userId("alice@alpha.test")).body()).as("contacts choose it themselves")
                .doesNotContain("switchCaseMail");
    }

    @Test
    void staffChooseMailAboutCasesAssignedToThemInMyAccount() {
        assertThat(browser.signIn("staff@gatehouse.test", PASSWORD)).isTrue();

        String page = browser.get("my-account.xhtml").body();

        assertThat(page).contains("staff@gatehouse.test", "E-mail me about cases assigned to me");
        assertThat(browser.submit("my-account.xhtml", "caseMailForm", "saveCaseMail", Map.of()).body())
                .contains("You will not get these mails any more.").doesNotContainPattern("id=\"caseMail\"[^>]*checked");
    }

    private static List<String> audited(String subject) throws SQLException {
        List<String> entries = new ArrayList<>();
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select actor_email, action, before_value, after_value from audit_entry where subject like ? order by id")) {
            query.setString(1, "%" + subject + "%");
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                entries.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + "->" + rows.getString(4));
            }
        }
        return entries;
    }

    @Test
    void aPartnersCustomerListShowsOnlyTheGrantedCustomers() {
        assertThat(browser.signIn("partner@bogus.test", PASSWORD)).isTrue();

        assertThat(customerIds(browser, "customers/index.xhtml").keySet()).containsExactly("Alpha Ltd", "Beta Ltd");
        assertThat(customerIds(browser, "customers/index.xhtml?search=BET").keySet()).containsExactly("Beta Ltd");
        assertThat(customerIds(browser, "customers/index.xhtml?search=Gamma")).isEmpty();
    }

    @Test
    void staffWithReadSeeACustomerWithoutAnyEditControl() {
        assertThat(browser.signIn("staff@gatehouse.test", PASSWORD)).isTrue();
        Map<String, Long> customers = customerIds(browser, "customers/index.xhtml");

        String almond = browser.get("customers/customer.xhtml?id=" + customers.get("Almond School")).body();
        String alpha = browser.get("customers/customer.xhtml?id=" + customers.get("Alpha Ltd")).body();

        assertThat(almond).as("Almond School, Education (READ)").contains("Education-1207", "Tina Teacher", "Projector in room 12 has no signal")
                .contains("Shoe String School District", "Birch School")
                .doesNotContain("saveDetails", "moveCustomer", "Water damage in the library");
        assertThat(alpha).as("Alpha Ltd, Retail (WRITE)").contains("saveDetails", "moveCustomer");
    }

    @Test
    void staffCannotPutACustomerBelowOneTheyOnlyReadEvenByACraftedPost() throws SQLException {
        assertThat(browser.signIn("staff@gatehouse.test", PASSWORD)).isTrue();
        Map<String, Long> customers = customerIds(browser, "customers/index.xhtml");
        String alpha = "customers/customer.xhtml?id=" + customers.get("Alpha Ltd");
        String parentBefore = single("select coalesce(parent_id::text, 'none') from company where name = ?", "Alpha Ltd");

        assertThat(browser.get(alpha).body()).as("Almond School, Education (READ), is no parent on offer")
                .doesNotContain(">Almond School</option>");
        String answer = browser.submit(alpha, "tabs:changeDetails", "tabs:saveDetails",
                Map.of("tabs:name", "Alpha Ltd", "tabs:parent", customers.get("Almond School").toString())).body();

        assertThat(answer).doesNotContain("Details saved.");
        assertThat(single("select coalesce(parent_id::text, 'none') from company where name = ?", "Alpha Ltd")).isEqualTo(parentBefore);
    }

    @Test
    void staffAddACustomerToAGroupTheyHaveWriteOn() {
        assertThat(browser.signIn("staff@gatehouse.test", PASSWORD)).isTrue();
        String form = browser.get("customers/add.xhtml").body();
        Matcher retail = Pattern.compile("<option value=\"(\\d+)\">Retail-4821</option>").matcher(form);
        assertThat(form).as("groups offered").doesNotContain("Education-1207");
        assertThat(retail.find()).isTrue();

        var added = browser.submit("customers/add.xhtml", "addCustomer", "add", Map.of("name", "Delta Shop", "group", retail.group(1)));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(browser.get(added.headers().firstValue("Location").orElseThrow()).body()).contains("Delta Shop", "Retail-4821");
    }

    @Test
    void aCustomerOutOfScopeAnswersNotFoundLikeAMissingOne() {
        PageClient admin = new PageClient(application());
        assertThat(admin.signIn("admin@gatehouse.test", PASSWORD)).isTrue();
        long gamma = customerIds(admin, "customers/index.xhtml?search=Gamma").get("Gamma Stores");
        assertThat(browser.signIn("partner@bogus.test", PASSWORD)).isTrue();

        assertThat(browser.get("customers/customer.xhtml?id=" + gamma).statusCode()).isEqualTo(404);
        assertThat(PageClient.withoutViewState(browser.get("customers/customer.xhtml?id=" + gamma).body()))
                .isEqualTo(PageClient.withoutViewState(browser.get("customers/customer.xhtml?id=999999").body()));
    }

    @Test
    void anAdminGrantsAPartnersUserGroupAccessToACustomerAndItsMembersSeeItUntilRevoked() throws SQLException {
        PageClient technician = new PageClient(application());
        assertThat(technician.signIn("technician@fixit.test", PASSWORD)).isTrue();
        assertThat(customerIds(technician, "customers/index.xhtml")).doesNotContainKey("Gamma Stores");
        assertThat(browser.signIn("admin@gatehouse.test", PASSWORD)).isTrue();
        assertThat(browser.get("").body()).contains("Partners", "Categories");
        String gamma = "customers/customer.xhtml?id=" + customerIds(browser, "customers/index.xhtml?search=Gamma").get("Gamma Stores");
        Matcher fieldTeam = Pattern.compile("<option value=\"(USER_GROUP:\\d+)\">Field team \\(FixIt Field Services\\)").matcher(browser.get(gamma).body());
        assertThat(fieldTeam.find()).isTrue();

        String granted = browser.submit(gamma, "tabs:addGrant", "tabs:grant", Map.of("tabs:grantee", fieldTeam.group(1), "tabs:level", "READ")).body();

        assertThat(granted).contains("Access granted.", "Field team", "(FixIt Field Services)");
        assertThat(customerIds(technician, "customers/index.xhtml")).containsKey("Gamma Stores");
        browser.submit(gamma, "tabs:grantList", "tabs:grants:0:revoke", Map.of());
        assertThat(customerIds(technician, "customers/index.xhtml")).doesNotContainKey("Gamma Stores");
        assertThat(String.join("\n", audited("Gamma Stores"))).isEqualTo("""
                admin@gatehouse.test grant.add null->user group Field team of FixIt Field Services: READ
                admin@gatehouse.test grant.revoke user group Field team of FixIt Field Services: READ->null""");
    }

    @Test
    void staffChangeContactOptionsOnlyWithWriteAndMailACategoryOfTheContactsTheySee() throws SQLException {
        assertThat(browser.signIn("staff@gatehouse.test", PASSWORD)).isTrue();
        Map<String, Long> customers = customerIds(browser, "customers/index.xhtml");
        String alice = "customers/contact.xhtml?id=" + linkedId(browser.get("customers/customer.xhtml?id=" + customers.get("Alpha Ltd")).body(), "Alice Archer");
        String teacher = "customers/contact.xhtml?id=" + linkedId(browser.get("customers/customer.xhtml?id=" + customers.get("Almond School")).body(), "Tina Teacher");

        assertThat(browser.get(teacher).body()).as("Almond School, Education (READ)").contains("Almond School Staff")
                .doesNotContain("saveOptions", "saveCategories");
        assertThat(browser.get(alice).body()).as("Alpha Ltd, Retail (WRITE)").contains("saveOptions", "saveCategories");
        String saved = browser.submit(alice, "contactOptions", "saveOptions",
                Map.of("caseVisibilityChoice", "OWN", "assignedWorkOrdersOnlyChoice", "on")).body();
        assertThat(saved).contains("Options saved.", "Only those assigned to them");

        String category = "categories/category.xhtml?id=" + linkedId(browser.get("categories/index.xhtml").body(), "Almond School Staff");
        browser.get(category);
        String subject = "Exam week " + System.nanoTime();
        String preview = browser.submit(category, "categoryMail", "preview", Map.of("subject", subject, "body", "The network check is on Monday.")).body();
        assertThat(preview).containsPattern("This mail goes to 2\\s+contacts.");
        assertThat(browser.submit(category, "categoryMail", "send", Map.of()).body()).contains("Mail sent to 2 contacts.");
        assertThat(single("select string_agg(recipient, ',' order by recipient) from mail_outbox where subject = ?", subject))
                .isEqualTo("principal@almond.test,teacher@almond.test");
        assertThat(browser.get("partners/index.xhtml").body()).as("partners for admins only").contains("Not found").doesNotContain("createPartner");
    }

    /** The id in the link whose text matches {@code text} (a regular expression). */
    private static long linkedId(String page, String text) {
        Matcher link = Pattern.compile("\\?id=(\\d+)\">" + text + "<").matcher(page);
        assertThat(link.find()).as("a link to " + text).isTrue();
        return Long.parseLong(link.group(1));
    }

    /** The customers a customer list page shows, by name, in order. */
    private static Map<String, Long> customerIds(PageClient client, String path) {
        Map<String, Long> ids = new LinkedHashMap<>();
        CUSTOMER_LINK.matcher(client.get(path).body()).results().forEach(link -> ids.put(link.group(2).strip(), Long.parseLong(link.group(1))));
        return ids;
    }

    @Test
    void anInvitedUserSetsAPasswordSignsInAndIsSignedOutWhenDeactivated() throws SQLException {
        PageClient admin = new PageClient(application());
        assertThat(admin.signIn("admin@gatehouse.test", PASSWORD)).isTrue();
        String usersPage = admin.get("users/index.xhtml").body();
        String operator = option(usersPage, "Gatehouse Services");
        String email = "dora-" + System.nanoTime() + "@gatehouse.test";
        assertThat(admin.submit("users/index.xhtml", "inviteForm", "invite",
                Map.of("email", email, "displayName", "Dora Day", "company", operator)).body())
                .contains("Invitation sent to " + email + ".");

        PageClient dora = new PageClient(application());
        String link = "password.xhtml?token=" + invitationToken(email);
        dora.get(link);
        assertThat(dora.submit(link, "passwordForm", "setPassword", Map.of("password", "short", "repeated", "short")).body())
                .contains("at least 12 characters");
        assertThat(dora.submit(link, "passwordForm", "setPassword", Map.of("password", "dora's new password", "repeated", "dora's new password")).body())
                .contains("Your password is set.");
        assertThat(dora.get(link).body()).as("the link works once").contains("This link is not valid");
        assertThat(dora.signIn(email, "dora's new password")).isTrue();
        assertThat(dora.get("").statusCode()).isEqualTo(200);

        String userPage = "users/user.xhtml?id=" + userId(email);
        admin.get(userPage);
        assertThat(admin.submit(userPage, "userActions", "deactivate", Map.of()).body()).contains("is deactivated");

        HttpResponse<String> next = dora.get("");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login.xhtml"));
        assertThat(dora.get("").statusCode()).as("still signed out").isEqualTo(302);
        assertThat(new PageClient(application()).signIn(email, "dora's new password")).as("signs in again").isFalse();
    }

    @Test
    void staffManageOnlyContactsOfCustomersWithWriteAndPartnersManageNoUsers() throws SQLException {
        assertThat(browser.signIn("staff@gatehouse.test", PASSWORD)).isTrue();

        assertThat(browser.get("users/index.xhtml").body()).as("invitable companies")
                .contains("Alpha Ltd (customer)").doesNotContain("Almond School (customer)")
                .doesNotContain("Gatehouse Services").doesNotContain("staffAndPartners");
        assertThat(browser.get("users/user.xhtml?id=" + userId("alice@alpha.test")).body()).as("Alpha (WRITE)")
                .contains("id=\"deactivate\"");
        assertThat(browser.get("users/user.xhtml?id=" + userId("teacher@almond.test")).body()).as("Almond School (READ)")
                .contains("teacher@almond.test").doesNotContain("id=\"deactivate\"");
        assertThat(browser.get("users/user.xhtml?id=" + userId("partner@bogus.test")).statusCode()).as("a partner user").isEqualTo(404);
        assertThat(browser.get("users/user.xhtml?id=" + userId("nina@northwind.test")).statusCode()).as("a contact out of scope").isEqualTo(404);

        PageClient partner = new PageClient(application());
        assertThat(partner.signIn("partner@bogus.test", PASSWORD)).isTrue();
        HttpResponse<String> users = partner.get("users/index.xhtml");
        assertThat(users.statusCode()).as("forbidden, shown as not found").isIn(403, 404);
        assertThat(users.body()).contains("<title>Not found").doesNotContain("Customer contacts");
    }

    @Test
    void staffReplyAddAnInternalNoteWithAFileAndAssignAndPartnersSeeTheNote() throws SQLException {
        assertThat(browser.signIn("staff@gatehouse.test", PASSWORD)).isTrue();
        long loyalty = PageClient.caseId(browser.get("").body(), "Add two users to the loyalty system");
        String casePage = "case.xhtml?id=" + loyalty;
        browser.get(casePage);
        browser.submit(casePage, "assignCase", "saveAssignee", Map.of("assignee", "")); // as it was, should the test run again
        String eventsBefore = single("select coalesce(max(id), 0)::text from record_event where record_type = 'SupportCase' and record_id = ?::bigint", Long.toString(loyalty));

        String noted = browser.submitWithFiles(casePage, "addComment", "addNote", Map.of("comment", "Licence count is at its limit."),
                Map.of("files", List.of(new PageClient.Upload("licences.pdf", "%PDF-1.4 licences".getBytes(StandardCharsets.US_ASCII))))).body();
        String replied = browser.submitWithFiles(casePage, "addComment", "addReply", Map.of("comment", "We are adding them this week."), Map.of()).body();
        String assigned = browser.submit(casePage, "assignCase", "saveAssignee", Map.of("assignee", userId("staff@gatehouse.test"))).body();

        assertThat(noted).contains("Your internal note is added.", "Internal note", "licences.pdf");
        assertThat(replied).contains("Your comment is added.").containsSubsequence("Licence count is at its limit.", "We are adding them this week.");
        assertThat(assigned).contains("Assigned to Sam Staff.", "<dd id=\"caseAssignee\">Sam Staff</dd>");
        assertThat(single("select content_type from attachment where file_name = ?", "licences.pdf")).isEqualTo("application/pdf");
        assertThat(single("select string_agg(kind || ':' || coalesce(detail, ''), ',' order by id) from record_event"
                + " where record_type = 'SupportCase' and record_id = ?::bigint"
                + " and id > " + eventsBefore, Long.toString(loyalty))).isEqualTo("COMMENTED:,COMMENTED:,ASSIGNED:Sam Staff");
        browser.get("");
        String mine = browser.submit("", "caseFilter", "applyFilter", Map.of("assignee", "me", "text", "", "customer", "")).body();
        assertThat(PageClient.caseTitles(mine)).contains("Add two users to the loyalty system", "Checkout terminal freezes at closing time")
                .doesNotContain("Receipt printer prints blank pages");

        PageClient partner = new PageClient(application());
        assertThat(partner.signIn("partner@bogus.test", PASSWORD)).isTrue();
        assertThat(partner.get(casePage).body()).as("partners see internal notes").contains("Licence count is at its limit.", "Internal note");
    }

    @Test
    void twoStaffChangeTheSameCaseAndTheSecondIsToldItChangedMeanwhile() throws SQLException {
        PageClient sam = new PageClient(application());
        PageClient ada = new PageClient(application());
        assertThat(sam.signIn("staff@gatehouse.test", PASSWORD)).isTrue();
        assertThat(ada.signIn("admin@gatehouse.test", PASSWORD)).isTrue();
        long powerCut = PageClient.caseId(sam.get("").body(), "Power cut in the Main Street store");
        String casePage = "case.xhtml?id=" + powerCut;
        String id = Long.toString(powerCut);
        sam.get(casePage);
        ada.get(casePage);

        String samSaved = sam.submit(casePage, "changeStatus", "saveStatus", Map.of("status", "WAITING", "statusVersion", sam.hidden("statusVersion"))).body();
        String adaRefused = ada.submit(casePage, "assignCase", "saveAssignee",
                Map.of("assignee", userId("admin@gatehouse.test"), "assigneeVersion", ada.hidden("assigneeVersion"))).body();

        assertThat(samSaved).contains("Status changed to Waiting for customer.");
        assertThat(adaRefused).contains("Someone changed this case while you had it open, so your change was not made.")
                .as("the page shows the case as it is now").contains("<dd id=\"caseStatus\">Waiting for customer</dd>");
        assertThat(single("select status || ' ' || coalesce(assignee_id::text, 'nobody') from support_case where id = ?::bigint", id))
                .as("nothing overwritten, nothing of the refused change").isEqualTo("WAITING nobody");
        assertThat(ada.resend().body()).as("the same stale form sent again").contains("Someone changed this case");

        String adaAgain = ada.get(casePage).body();
        assertThat(adaAgain).contains("<dd id=\"caseStatus\">Waiting for customer</dd>");
        String assigned = ada.submit(casePage, "assignCase", "saveAssignee",
                Map.of("assignee", userId("admin@gatehouse.test"), "assigneeVersion", ada.hidden("assigneeVersion"))).body();
        assertThat(assigned).contains("Assigned to Ada Admin.");
        assertThat(single("select status || ' ' || assignee_id::text from support_case where id = ?::bigint", id))
                .isEqualTo("WAITING " + userId("admin@gatehouse.test"));
        String samStale = sam.submit(casePage, "changeStatus", "saveStatus", Map.of("status", "OPEN", "statusVersion", sam.hidden("statusVersion"))).body();
        assertThat(samStale).contains("Someone changed this case", "<dd id=\"caseAssignee\">Ada Admin</dd>");
        assertThat(single("select status from support_case where id = ?::bigint", id)).isEqualTo("WAITING");
    }

    @Test
    void aNewCaseOrACommentSentTwiceIsStoredOnce() throws SQLException {
        assertThat(browser.signIn("staff@gatehouse.test", PASSWORD)).isTrue();
        String alpha = single("select id::text from company where name = ?", "Alpha Ltd");
        String form = "new-case.xhtml?customer=" + alpha;
        browser.get(form);
        String title = "Card reader offline " + System.nanoTime();

        HttpResponse<String> opened = browser.submitWithFiles(form, "newCase", "submitCase",
                Map.of("type", "CASE", "title", title, "description", "Since this morning", "formToken", browser.hidden("formToken")),
                Map.of("files", List.of(new PageClient.Upload("reader.txt", "offline".getBytes(StandardCharsets.US_ASCII)))));
        HttpResponse<String> again = browser.resend();

        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location")).isEqualTo(opened.headers().firstValue("Location"));
        assertThat(single("select count(*)::text from support_case where title = ?", title)).isEqualTo("1");
        assertThat(single("select count(*)::text from attachment a join support_case c on c.id = a.record_id and a.record_type = 'SupportCase' where c.title = ?", title)).isEqualTo("1");
        assertThat(single("select count(*)::text from audit_entry where action = 'case.open' and subject like '%' || ? || '%'", title)).isEqualTo("1");

        String caseId = single("select id::text from support_case where title = ?", title);
        String casePage = "case.xhtml?id=" + caseId;
        browser.get(casePage);
        String replied = browser.submitWithFiles(casePage, "addComment", "addReply",
                Map.of("comment", "We are on our way.", "commentToken", browser.hidden("commentToken")), Map.of()).body();
        String repliedAgain = browser.resend().body();

        assertThat(replied).contains("Your comment is added.");
        assertThat(repliedAgain).contains("Your comment is added.");
        assertThat(single("select count(*)::text from case_comment where case_id = ?::bigint", caseId)).isEqualTo("1");
        String next = browser.submitWithFiles(casePage, "addComment", "addReply",
                Map.of("comment", "We are on our way.", "commentToken", browser.hidden("commentToken")), Map.of()).body();
        assertThat(next).contains("Your comment is added.");
        assertThat(single("select count(*)::text from case_comment where case_id = ?::bigint", caseId)).as("a new form, a new comment").isEqualTo("2");
        removeCase(caseId);
    }

    /** Takes a case a test made out of the demo installation again, which other tests count on. */
    private static void removeCase(String caseId) throws SQLException {
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection()) {
            for (String table : List.of("mail_outbox", "record_event", "attachment", "case_comment", "support_case")) {
                String ofTheCase = switch (table) {
                    case "support_case" -> "id";
                    case "mail_outbox", "record_event", "attachment" -> "record_type = 'SupportCase' and record_id";
                    default -> "case_id";
                };
                try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where " + ofTheCase + " = ?::bigint")) {
                    delete.setString(1, caseId);
                    delete.executeUpdate();
                }
            }
        }
    }

    @Test
    void readUsersSeeTheWholeCaseButCannotCommentOrAssign() throws SQLException {
        assertThat(browser.signIn("partner@bogus.test", PASSWORD)).isTrue();
        long receipt = PageClient.caseId(browser.get("").body(), "Receipt printer prints blank pages");
        String casePage = "case.xhtml?id=" + receipt;
        String page = browser.get(casePage).body();
        assertThat(page).doesNotContain("addNote", "addReply", "saveAssignee");
        String comments = single("select count(*)::text from case_comment where case_id = ?::bigint", Long.toString(receipt));

        // the forms a WRITE user gets, posted anyway: the page has none of them to act on
        browser.submitWithFiles(casePage, "addComment", "addNote", Map.of("comment", "sneaky"), Map.of());
        browser.get(casePage);
        browser.submit(casePage, "assignCase", "saveAssignee", Map.of("assignee", userId("staff@gatehouse.test")));

        assertThat(single("select count(*)::text from case_comment where case_id = ?::bigint", Long.toString(receipt))).isEqualTo(comments);
        assertThat(single("select coalesce(assignee_id::text, 'nobody') from support_case where id = ?::bigint", Long.toString(receipt))).isEqualTo("nobody");
        assertThat(browser.get("new-case.xhtml?customer=" + single("select id::text from company where name = ?", "Beta Ltd")).statusCode())
                .as("no new case for a READ customer").isEqualTo(404);
        assertThat(browser.get("new-case.xhtml?customer=" + single("select id::text from company where name = ?", "Alpha Ltd")).body())
                .contains("New case for Alpha Ltd");
    }

    @Test
    void theCaseListFiltersByGroupTypeAndAssigneeAndADownloadIsAudited() throws SQLException {
        assertThat(browser.signIn("staff@gatehouse.test", PASSWORD)).isTrue();
        browser.get("");
        String education = browser.submit("", "caseFilter", "applyFilter", Map.of("group", single("select id::text from customer_group where suffix = ?", "1207"),
                "text", "", "customer", "", "assignee", "")).body();
        assertThat(PageClient.caseTitles(education)).as(education).containsExactlyInAnyOrder("Projector in room 12 has no signal",
                "Install the maths software on the lab PCs", "Network check before exam week", "Water damage in the library", "District-wide password policy");
        String visits = browser.submit("", "caseFilter", "applyFilter", Map.of("type", "VISIT_REQUEST", "assignee", "none", "text", "", "customer", "alpha")).body();
        assertThat(PageClient.caseTitles(visits)).containsExactly("Quarterly maintenance visit");

        long checkout = PageClient.caseId(browser.get("").body(), "Checkout terminal freezes at closing time");
        String page = browser.get("case.xhtml?id=" + checkout).body();
        Matcher link = Pattern.compile("href=\"(files/\\d+)\">terminal-log.txt<").matcher(page);
        assertThat(link.find()).isTrue();
        assertThat(browser.download(link.group(1)).statusCode()).isEqualTo(200);
        assertThat(single("select count(*)::text from audit_entry where action = 'attachment.download' and customer_id = (select id from company where name = 'Alpha Ltd') and actor_email = ?", "staff@gatehouse.test"))
                .isNotEqualTo("0");
    }

    private static String option(String page, String label) {
        Matcher option = Pattern.compile("<option value=\"(\\d+)\">" + Pattern.quote(label) + " ").matcher(page);
        assertThat(option.find()).as("option %s", label).isTrue();
        return option.group(1);
    }

    /** The token from the invitation in the outbox, as the invitee reads it in their mail. */
    private static String invitationToken(String email) throws SQLException {
        String body = single("select body from mail_outbox where recipient = ?", email);
        Matcher token = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(token.find()).as("a link in %s", body).isTrue();
        return token.group(1);
    }

    @Test
    void staffAddsAHiddenVersionSharesItWithOneClickAndMakesASnapshotWhileReadUsersChangeNothing() throws Exception {
        assertThat(browser.signIn("staff@gatehouse.test", PASSWORD)).isTrue();
        String alpha = "customers/customer.xhtml?id=" + single("select id::text from company where name = ?", "Alpha Ltd");
        assertThat(browser.get(alpha).body()).contains("All documentation", "maintenance-contract-2026.txt", "maintenance-contract-2027-draft.txt",
                "pi-eye-slash", "Hidden", "Shared", "<option value=\"Maintenance contract\"");
        String title = "Opening hours " + System.nanoTime();

        String added = browser.submitWithFiles(alpha, "tabs:addVersion", "tabs:uploadVersion",
                Map.of("tabs:documentTitle", title, "tabs:versionNote", "Summer"), Map.of("tabs:versionFile", List.of(new PageClient.Upload("hours.txt", "Mon-Fri 8-18".getBytes(StandardCharsets.UTF_8))))).body();
        assertThat(added).contains("Version 1 of \"" + title + "\" added, hidden from the customer.", "hours.txt");
        String version = single("select v.id::text from document_version v join document d on d.id = v.document_id where d.title = ?", title);
        assertThat(single("select audience from document_version where id = ?::bigint", version)).isEqualTo("BACK_OFFICE");
        assertThat(single("select audience from attachment where record_type = 'DocumentVersion' and record_id = ?::bigint", version)).isEqualTo("BACK_OFFICE");

        // the newest version is the list's first row
        String shared = browser.submit(alpha, "tabs:versionList", "tabs:versions:0:toggleShare", Map.of()).body();
        assertThat(shared).contains("Version 1 of \"" + title + "\" is shared with the customer.");
        assertThat(single("select audience from attachment where record_type = 'DocumentVersion' and record_id = ?::bigint", version)).isEqualTo("CUSTOMER");
        assertThat(single("select audience from document where title = ?", title)).isEqualTo("CUSTOMER");
        assertThat(single("select count(*)::text from audit_entry where action = 'document.share' and subject like ?", "%" + title + "%")).isEqualTo("1");
        String hidden = browser.submit(alpha, "tabs:versionList", "tabs:versions:0:toggleShare", Map.of()).body();
        assertThat(hidden).contains("is hidden from the customer.");
        assertThat(single("select audience from document where title = ?", title)).isEqualTo("BACK_OFFICE");

        // a snapshot is made in the background; the page polls its progress
        String snapshots = "select count(*)::text from document_version v join document d on d.id = v.document_id"
                + " where d.title = 'Documentation snapshot' and d.customer_id = (select id from company where name = ?)";
        String before = single(snapshots, "Alpha Ltd");
        browser.get(alpha);
        String started = browser.ajax(alpha, Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "tabs:generateSnapshot",
                "jakarta.faces.partial.execute", "tabs:snapshotForm", "jakarta.faces.partial.render", "tabs:snapshotProgress messages",
                "tabs:generateSnapshot", "tabs:generateSnapshot", "tabs:snapshotForm", "tabs:snapshotForm", "jakarta.faces.ViewState", browser.hidden("jakarta.faces.ViewState"))).body();
        assertThat(started).contains("snapshotBar");
        for (int poll = 0; poll < 60 && single(snapshots, "Alpha Ltd").equals(before); poll++) {
            Thread.sleep(500);
        }
        assertThat(Integer.parseInt(single(snapshots, "Alpha Ltd"))).isEqualTo(Integer.parseInt(before) + 1);
        String snapshotFile = single("select a.id::text from attachment a join document_version v on a.record_type = 'DocumentVersion'"
                + " and a.record_id = v.id join document d on d.id = v.document_id where d.title = 'Documentation snapshot'"
                + " and d.customer_id = (select id from company where name = ?) order by v.number desc limit 1", "Alpha Ltd");
        HttpResponse<byte[]> pdf = browser.download("files/" + snapshotFile);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Alpha Ltd", "Alice Archer", "bob@alpha.test", "Add two users to the loyalty system")
                    .as("closed cases and other customers stay out").doesNotContain("Power cut", "Carol");
        }

        // Bogus Inc reads Beta: no forms, and a crafted upload stores nothing
        PageClient partner = new PageClient(application());
        assertThat(partner.signIn("partner@bogus.test", PASSWORD)).isTrue();
        String beta = "customers/customer.xhtml?id=" + single("select id::text from company where name = ?", "Beta Ltd");
        assertThat(partner.get(beta).body()).contains("All documentation").doesNotContain("uploadVersion", "generateSnapshot");
        partner.submitWithFiles(beta, "tabs:addVersion", "tabs:uploadVersion", Map.of("tabs:documentTitle", "Crafted"),
                Map.of("tabs:versionFile", List.of(new PageClient.Upload("x.txt", "x".getBytes(StandardCharsets.UTF_8)))));
        assertThat(single("select count(*)::text from document where title = ?", "Crafted")).isEqualTo("0");
    }

    @Test
    void staffAddAnUploadAndMoveADesignAskWhoSeesItAndAReadPartnerChangesNothing() throws Exception {
        assertThat(browser.signIn("staff@gatehouse.test", PASSWORD)).isTrue();
        String leeds = "customers/customer.xhtml?id=" + single("select id::text from company where name = ?", "Crisp Snacks Leeds");
        assertThat(browser.get(leeds).body()).contains("Designs", "Sweet Chilli Crisps 150 g", "Layer types its contacts may view");
        String code = "IT-" + System.nanoTime();

        HttpResponse<String> added = browser.submit(leeds, "tabs:addDesign", "tabs:addDesignButton",
                Map.of("tabs:designName", "Test crisps", "tabs:designCode", code, "tabs:designDescription", ""));
        String id = single("select id::text from design where code = ?", code);
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("designs/design.xhtml?id=" + id));
        String design = "designs/design.xhtml?id=" + id;
        assertThat(browser.get(design).body()).contains("Test crisps", "Draft", "uploadLayer");

        String uploaded = browser.submitWithFiles(design, "uploadLayer", "upload", Map.of("layerType", "1", "layerNote", "First go"),
                Map.of("layerFile", List.of(new PageClient.Upload("front.png", png())))).body();
        assertThat(uploaded).contains("One-up artwork: revision 1 added.", "front.png");
        String preview = single("select r.preview_id::text from layer_revision r join design_layer l on l.id = r.layer_id where l.design_id = ?::bigint", id);
        assertThat(browser.download("files/" + preview).headers().firstValue("Content-Type")).hasValue("image/png");

        Matcher inProgress = Pattern.compile("name=\"([^\"]*moveTo)\"[^>]*data-status=\"IN_PROGRESS\"").matcher(browser.get(design).body());
        assertThat(inProgress.find()).isTrue();
        assertThat(browser.submit(design, "designStatusForm", inProgress.group(1), Map.of()).body()).contains("The design is now in progress.");
        assertThat(single("select status from design where id = ?::bigint", id)).isEqualTo("IN_PROGRESS");
        assertThat(browser.get(design).body()).contains("Draft → In progress", "One-up artwork, revision 1 (front.png)");

        String review = "designs/design.xhtml?id=" + single("select id::text from design where code = ?", "CS-SC150");
        browser.get(review);
        assertThat(browser.submit(review, "whoCanSeeForm", "askWhoCanSee", Map.of()).body())
                .contains("leo@crisp.test", "pia@crisp.test").as("Lyon's contact sees no Leeds design").doesNotContain("lea@crisp.test");

        // Lyon's contacts may also view the step and repeat, then no longer (Lyon keeps Crisp Snacks Co.'s types)
        String lyon = single("select id::text from company where name = ?", "Crisp Snacks Lyon");
        String lyonPage = "customers/customer.xhtml?id=" + lyon;
        browser.get(lyonPage);
        assertThat(browser.submit(lyonPage, "tabs:layerTypesForm", "tabs:saveLayerTypes", Map.of("tabs:allowedLayerTypes", "2")).body())
                .contains("Saved: the customer's contacts see the layer types ticked here.");
        assertThat(single("select string_agg(layer_type_id::text, ',') from customer_layer_type where customer_id = ?::bigint", lyon)).isEqualTo("2");
        browser.get(lyonPage);
        browser.submit(lyonPage, "tabs:layerTypesForm", "tabs:saveLayerTypes", Map.of());
        assertThat(single("select count(*)::text from customer_layer_type where customer_id = ?::bigint", lyon)).isEqualTo("0");

        // Leeds moved to Retail, which shows its customers active designs only: the review leaves its contacts' sight at once
        String reviewed = single("select id::text from design where code = ?", "CS-SC150");
        String retail = single("select id::text from customer_group where suffix = ?", "4821");
        String packaging = single("select id::text from customer_group where suffix = ?", "5500");
        try {
            update("update customer_group set own_design_statuses = true where id = " + retail);
            update("insert into customer_group_design_status (customer_group_id, status) values (" + retail + ", 'ACTIVE')");
            browser.get(leeds);
            browser.submit(leeds, "tabs:moveCustomer", "tabs:move", Map.of("tabs:group", retail));
            assertThat(single("select audience from design where id = ?::bigint", reviewed)).isEqualTo("BACK_OFFICE");
            assertThat(single("select string_agg(distinct r.audience, ',') from layer_revision r join design_layer l on l.id = r.layer_id"
                    + " where l.design_id = ?::bigint", reviewed)).isEqualTo("BACK_OFFICE");
            browser.get(leeds);
            browser.submit(leeds, "tabs:moveCustomer", "tabs:move", Map.of("tabs:group", packaging));
            assertThat(single("select audience from design where id = ?::bigint", reviewed)).as("back in Packaging").isEqualTo("CUSTOMER");
        } finally {
            update("delete from customer_group_design_status where customer_group_id = " + retail);
            update("update customer_group set own_design_statuses = false where id = " + retail);
            update("update company set customer_group_id = " + packaging + " where name = 'Crisp Snacks Leeds'");
            update("update design set audience = 'CUSTOMER' where id = " + reviewed);
        }

        PageClient admin = new PageClient(application());
        assertThat(admin.signIn("admin@gatehouse.test", PASSWORD)).isTrue();
        assertThat(admin.get("designs/settings.xhtml").body()).contains("Statuses customers see", "Ready for review", "Manufacturing drawing");
        assertThat(admin.get("groups/group.xhtml?id=" + single("select id::text from customer_group where suffix = ?", "5500")).body())
                .contains("Designs its customers see", "Its own statuses instead of the installation's (Ready for review, Approved, Active)");

        // Bogus Inc only reads Beta: no forms on a design of Beta's, and crafted posts change nothing
        String beta = single("select id::text from company where name = ?", "Beta Ltd");
        String betaDesign = single("insert into design (id, customer_id, audience, name, code, status, created_at, updated_at)"
                + " values (nextval('design_seq') + 1000000, ?::bigint, 'BACK_OFFICE', 'Beta label', 'B-1', 'IN_PROGRESS', now(), now()) returning id::text", beta);
        PageClient partner = new PageClient(application());
        assertThat(partner.signIn("partner@bogus.test", PASSWORD)).isTrue();
        String page = "designs/design.xhtml?id=" + betaDesign;
        assertThat(partner.get(page).body()).contains("Beta label").doesNotContain("uploadLayer", "moveTo");
        partner.submitWithFiles(page, "uploadLayer", "upload", Map.of("layerType", "1"), Map.of("layerFile", List.of(new PageClient.Upload("x.png", png()))));
        assertThat(single("select count(*)::text from design_layer where design_id = ?::bigint", betaDesign)).isEqualTo("0");
        assertThat(single("select status from design where id = ?::bigint", betaDesign)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aPartnerWithWriteAddsAnAssetBelowAHallAndMakesItVisibleToAContactWhoThenSeesIt() throws Exception {
        assertThat(browser.signIn("technician@fixit.test", PASSWORD)).isTrue();
        String hall = "assets/asset.xhtml?id=" + single("select id::text from asset where code = ?", "PN-HA");
        assertThat(browser.get(hall).body()).contains("Hall A", "Conveyor 3", "Oscar Ortiz", "Assigned", "grantAsset");
        String code = "PN-WR-" + System.nanoTime() % 100000;
        assertThat(browser.submit(hall, "addChildAsset", "addChild", Map.of("childName", "Wrapping robot", "childCode", code)).body())
                .contains("Asset " + code + " added below Hall A.");
        String robot = single("select id::text from asset where code = ?", code);
        assertThat(single("select sight from asset where id = ?::bigint", robot)).as("Oscar sees what is added below his hall")
                .contains("," + userId("oscar@northwind.test") + ",");

        String office = "assets/asset.xhtml?id=" + single("select id::text from asset where code = ?", "PN-OF");
        browser.get(office);
        browser.submit(office, "grantAsset", "grant", Map.of("grantContact", userId("oscar@northwind.test"), "grantAssigned", "false"));
        assertThat(single("select assigned::text from asset_grant where asset_id = (select id from asset where code = 'PN-OF')"
                + " and contact_id = ?::bigint", userId("oscar@northwind.test"))).isEqualTo("false");
        browser.get(office);
        String revoked = browser.submit(office, "assetGrants", "grants:0:revoke", Map.of()).body();
        assertThat(revoked).contains("no longer sees this asset");
        assertThat(single("select count(*)::text from asset_grant where asset_id = (select id from asset where code = ?)", "PN-OF")).isEqualTo("0");

        // the printable label: its QR code, read as a phone would, opens the asset's page in the portal
        String hallId = single("select id::text from asset where code = ?", "PN-HA");
        Matcher qr = Pattern.compile("src=\"data:image/png;base64,([^\"]+)\"").matcher(browser.get("assets/label.xhtml?id=" + hallId).body());
        assertThat(qr.find()).isTrue();
        BufferedImage label = ImageIO.read(new java.io.ByteArrayInputStream(Base64.getDecoder().decode(qr.group(1))));
        int[] pixels = label.getRGB(0, 0, label.getWidth(), label.getHeight(), null, 0, label.getWidth());
        assertThat(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(label.getWidth(), label.getHeight(), pixels))))
                .getText()).endsWith("/portal/asset.xhtml?id=" + hallId);
        assertThat(new PageClient(application()).get("assets/label.xhtml?id=" + hallId).statusCode()).as("signed out").isNotEqualTo(200);
    }

    @Test
    void anAssetIsDescribedAndMovedWithItsWorkOrdersAndAnUnknownParentChangesNothing() throws Exception {
        assertThat(browser.signIn("technician@fixit.test", PASSWORD)).isTrue();
        String hall = "assets/asset.xhtml?id=" + single("select id::text from asset where code = ?", "PN-HA");
        String code = "PN-MV-" + System.nanoTime() % 100000;
        browser.get(hall);
        browser.submit(hall, "addChildAsset", "addChild", Map.of("childName", "Lift table", "childCode", code));
        String lift = "assets/asset.xhtml?id=" + single("select id::text from asset where code = ?", code);
        browser.get(lift);
        browser.submit(lift, "addWorkOrder", "addOrder", Map.of("orderTitle", "Grease the lift", "orderType", "PREVENTIVE", "orderPriority", "LOW"));
        browser.get(lift);
        browser.submit(lift, "editAsset", "saveAsset", Map.of("assetNameField", "Lift table 2", "assetSerialNumber", "LT-99",
                "assetStatusChoice", "OUT_OF_SERVICE"));
        assertThat(browser.get(lift).body()).contains("Asset saved.", "Lift table 2", "LT-99", "Out of service");

        String oscar = "," + userId("oscar@northwind.test") + ",";
        assertThat(single("select sight from asset where code = ?", code)).contains(oscar);
        String before = single("select path from asset where code = ?", code);
        assertThat(browser.submit(lift, "moveAsset", "moveAssetButton", Map.of("parentCode", "NO-SUCH")).body())
                .contains("The customer has no asset with the code NO-SUCH.");
        assertThat(single("select path from asset where code = ?", code)).as("refused: not moved").isEqualTo(before);
        browser.get(lift);
        browser.submit(lift, "moveAsset", "moveAssetButton", Map.of("parentCode", "PN-OF"));
        assertThat(browser.get(lift).body()).contains("Moved below PN-OF");
        assertThat(single("select path from asset where code = ?", code)).startsWith(single("select path from asset where code = ?", "PN-OF"));
        assertThat(single("select count(*)::text from work_order w join asset a on a.id = w.asset_id where a.code = ?", code))
                .as("its work order moved with it").isEqualTo("1");
        assertThat(single("select sight from asset where code = ?", code)).as("out of Oscar's hall").doesNotContain(oscar);
        assertThat(single("select w.sight from work_order w join asset a on a.id = w.asset_id where a.code = ?", code)).doesNotContain(oscar);
    }

    @Test
    void aPartnerWithWriteImportsAssetsFromCsvAndFollowsItToTheReportWhileAReaderFindsNoImport() throws Exception {
        assertThat(browser.signIn("technician@fixit.test", PASSWORD)).isTrue();
        String assets = "assets/index.xhtml?customer=" + single("select customer_id::text from asset where code = ?", "PN-HA");
        assertThat(browser.get(assets).body()).contains("Import from CSV", "importFile", "importTemplate");
        HttpResponse<byte[]> template = browser.download("assets/import-template.csv");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(new String(template.body(), StandardCharsets.UTF_8)).startsWith("code,name,parent_code,type,make,model,serial_number,location,notes,status");

        String code = "PN-IM-" + System.nanoTime() % 100000;
        String csv = "code,name,parent_code,status\n" + code + ",Imported press,PN-HA,out of service\n" + code + "-X,,PN-HA,\n";
        String page = browser.submitWithFiles(assets, "importForm", "startImport", Map.of(),
                Map.of("importFile", List.of(new PageClient.Upload("import.csv", csv.getBytes(StandardCharsets.UTF_8))))).body();
        String viewState = browser.hidden("jakarta.faces.ViewState");
        // the page polls the import until its report is there
        for (int poll = 0; poll < 60 && !page.contains("importCounts"); poll++) {
            Thread.sleep(500);
            page = browser.ajax(assets, Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "importPoll",
                    "jakarta.faces.partial.execute", "importPoll", "jakarta.faces.partial.render", "importSection messages",
                    "importPoll", "importPoll", "importProgressForm", "importProgressForm", "jakarta.faces.ViewState", viewState)).body();
        }
        assertThat(page).contains("1 imported, 0 already there", "1 with a problem", "Please give the asset a name.");
        assertThat(single("select status from asset where code = ?", code)).isEqualTo("OUT_OF_SERVICE");
        assertThat(single("select count(*)::text from asset where code = ?", code + "-X")).isEqualTo("0");
        assertThat(single("select sight from asset where code = ?", code)).as("Oscar sees what is imported below his hall")
                .contains("," + userId("oscar@northwind.test") + ",");
        assertThat(single("select count(*)::text from audit_entry where action = 'asset.import' and subject like ?", "%(" + code + ")")).isEqualTo("1");

        // Bogus Inc reads Beta: no import, and a crafted upload imports nothing
        PageClient partner = new PageClient(application());
        assertThat(partner.signIn("partner@bogus.test", PASSWORD)).isTrue();
        String beta = "assets/index.xhtml?customer=" + single("select id::text from company where name = ?", "Beta Ltd");
        assertThat(partner.get(beta).body()).doesNotContain("importFile", "importTemplate");
        partner.submitWithFiles(beta, "importForm", "startImport", Map.of(),
                Map.of("importFile", List.of(new PageClient.Upload("import.csv", "code,name\nCRAFTED-1,Crafted\n".getBytes(StandardCharsets.UTF_8)))));
        assertThat(single("select count(*)::text from asset where code = ?", "CRAFTED-1")).isEqualTo("0");
    }

    @Test
    void aTechnicianWorksOnAWorkOrderFromItsPageAndAReadPartnerSeesItWithoutFormsAndChangesNothing() throws Exception {
        assertThat(browser.signIn("technician@fixit.test", PASSWORD)).isTrue();
        String inspection = single("select id::text from work_order where title = ?", "Quarterly inspection");
        String conveyor = "assets/asset.xhtml?id=" + single("select id::text from asset where code = ?", "PN-CV3");
        assertThat(browser.get(conveyor).body()).as("linked from its asset, with a visit to plan and files to add")
                .contains("work-order.xhtml?id=" + inspection, "planning/index.xhtml?asset=", "attachAssetFiles");
        String page = "assets/work-order.xhtml?id=" + inspection;
        assertThat(browser.get(page).body()).contains("Quarterly inspection", "Conveyor 3", "Scheduled", "Time spent",
                "workOrderStatusForm", "planWorkOrder", "logTime", "addNote", "attachFiles", "grantWorkOrder", "Oscar Ortiz");

        assertThat(browser.submit(page, "logTime", "log", Map.of("loggedMinutes", "30")).statusCode())
                .as("the page is fetched again after the post: reloading it logs nothing twice").isEqualTo(302);
        assertThat(browser.get(page).body()).contains("30 min logged");
        assertThat(browser.submit(page, "addNote", "saveNote", Map.of("note", "Checklist done.", "noteInternal", "true")).statusCode()).isEqualTo(302);
        assertThat(browser.get(page).body()).contains("Internal note added", "Checklist done.");
        browser.submitWithFiles(page, "attachFiles", "attach", Map.of(), Map.of("files", List.of(new PageClient.Upload("report.txt",
                "all fine".getBytes(StandardCharsets.UTF_8)))));
        assertThat(browser.get(page).body()).contains("File added.", "report.txt");
        assertThat(browser.submit(page, "describeWorkOrder", "describe", Map.of("title", " ", "description", "", "type", "INSPECTION",
                "priority", "URGENT")).body()).contains("Please give the work order a title.");
        assertThat(single("select priority from work_order where id = ?::bigint", inspection)).as("refused: nothing changed").isEqualTo("NORMAL");
        browser.get(page);
        assertThat(browser.submit(page, "describeWorkOrder", "describe", Map.of("title", "Quarterly inspection", "description",
                "Belt, rollers and the emergency stop.", "type", "INSPECTION", "priority", "HIGH")).body())
                .contains("Work order saved.", "Belt, rollers and the emergency stop.");
        assertThat(single("select priority from work_order where id = ?::bigint", inspection)).isEqualTo("HIGH");
        browser.get(page);
        assertThat(browser.submit(page, "workOrderStatusForm", "saveStatus", Map.of("status", "DONE")).body()).contains("The work order is now done.");
        assertThat(single("select status || ' ' || minutes_spent from work_order where id = ?::bigint", inspection)).isEqualTo("DONE 30");
        assertThat(single("select audience from work_order_note where body = ?", "Checklist done.")).isEqualTo("BACK_OFFICE");

        // Bogus Inc only reads Beta: the page of a Beta work order has no form, and crafted posts change nothing
        String beta = single("select id::text from company where name = ?", "Beta Ltd");
        String asset = single("insert into asset (id, customer_id, audience, path, name, code, status, created_at, updated_at)"
                + " values (nextval('asset_seq') + 1000000, ?::bigint, 'CONTACTS', '', 'Beta till', 'B-T1', 'IN_SERVICE', now(), now()) returning id::text", beta);
        update("update asset set path = '/' || id || '/' where id = " + asset);
        String order = single("insert into work_order (id, asset_id, customer_id, audience, title, description, type, priority, status, created_at, updated_at)"
                + " select nextval('work_order_seq') + 1000000, a.id, a.customer_id, 'CONTACTS', 'Till jams', '', 'CORRECTIVE', 'NORMAL', 'OPEN', now(), now()"
                + " from asset a where a.id = ?::bigint returning id::text", asset);
        PageClient partner = new PageClient(application());
        assertThat(partner.signIn("partner@bogus.test", PASSWORD)).isTrue();
        String betaOrder = "assets/work-order.xhtml?id=" + order;
        assertThat(partner.get(betaOrder).body()).contains("Till jams", "Beta till")
                .doesNotContain("workOrderStatusForm", "describeWorkOrder", "planWorkOrder", "logTime", "addNote", "attachFiles", "grantWorkOrder");
        partner.submit(betaOrder, "workOrderStatusForm", "saveStatus", Map.of("status", "DONE"));
        partner.get(betaOrder);
        partner.submit(betaOrder, "logTime", "log", Map.of("loggedMinutes", "30"));
        partner.get(betaOrder);
        partner.submit(betaOrder, "addNote", "saveNote", Map.of("note", "Crafted"));
        partner.get(betaOrder);
        partner.submit(betaOrder, "describeWorkOrder", "describe", Map.of("title", "Crafted", "type", "INSPECTION", "priority", "URGENT"));
        assertThat(single("select title from work_order where id = ?::bigint", order)).isEqualTo("Till jams");
        assertThat(single("select status || ' ' || minutes_spent from work_order where id = ?::bigint", order)).isEqualTo("OPEN 0");
        assertThat(single("select count(*)::text from work_order_note where work_order_id = ?::bigint", order)).isEqualTo("0");
        assertThat(partner.get("assets/work-order.xhtml?id=" + inspection).statusCode()).as("Northwind is not Bogus Inc's").isEqualTo(404);
    }

    @Test
    void theTechnicianPlansInTheCalendarAndLaysOutToursWhileOthersSeeNoneOfIt() throws Exception {
        assertThat(browser.signIn("technician@fixit.test", PASSWORD)).isTrue();
        assertThat(browser.get("planning/index.xhtml").body()).contains("navPlanning", "navTours", "planningCalendar", "planningFilter");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(browser.scheduleEvents("planning/index.xhtml", "planningForm", "planning", now.minus(14, ChronoUnit.DAYS), now.plus(28, ChronoUnit.DAYS)))
                .contains("Replace the drive belt", "Check the fire doors", "Hydraulic leak at the main cylinder", "\"startEditable\":true");

        String office = single("select id::text from asset where code = ?", "PN-OF");
        String plan = "planning/index.xhtml?asset=" + office;
        assertThat(browser.get(plan).body()).as("Plan a visit, from the asset's page").contains("addEntry", "value=\"PN-OF\"");
        assertThat(browser.submit(plan, "addEntry", "addEntryButton", Map.of("addCode", "PN-NOPE", "addTitle", "Read the meters",
                "addStart_input", "2030-01-07 09:00", "addMinutes", "30", "addTechnician", userId("technician@fixit.test"))).body())
                .contains("No asset of this customer has the code PN-NOPE.");
        browser.get(plan);
        assertThat(browser.submit(plan, "addEntry", "addEntryButton", Map.of("addCode", "PN-OF", "addTitle", "Read the meters",
                "addStart_input", "2030-01-07 09:00", "addMinutes", "30", "addTechnician", userId("technician@fixit.test"))).statusCode())
                .as("the page is fetched again after the post: reloading it plans nothing twice").isEqualTo(302);
        assertThat(browser.get(plan).body()).contains("\"Read the meters\" planned for 7 Jan 2030, 09:00.");
        assertThat(single("select minutes || ' ' || a.code from planning_entry p join asset a on a.id = p.asset_id where p.title = ?", "Read the meters"))
                .isEqualTo("30 PN-OF");

        String plantNorth = single("select id::text from company where name = ?", "Northwind Plant North");
        String tours = "planning/tours.xhtml?customer=" + plantNorth;
        assertThat(browser.get(tours).body()).contains("Plant North round", "addTour");
        String round = single("select id::text from tour where name = ?", "Plant North round");
        assertThat(browser.get("planning/tour.xhtml?id=" + round).body()).contains("Nina Novak", "tourStopsForm", "tourContactsForm", "window.print()")
                .containsSubsequence("Hall A", "Conveyor 3", "Press 1", "Office building");
        browser.get(tours);
        HttpResponse<String> added = browser.submit(tours, "addTour", "addTourButton", Map.of("day", "2030-01-08", "name", "Meter round",
                "technician", userId("technician@fixit.test"), "tourCodes", "PN-OF\nPN-HA"));
        String meterRound = single("select id::text from tour where name = ?", "Meter round");
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("planning/tour.xhtml?id=" + meterRound));
        assertThat(single("select string_agg(a.code, ',' order by s.position) from tour_stop s join asset a on a.id = s.asset_id where s.tour_id = ?::bigint",
                meterRound)).isEqualTo("PN-OF,PN-HA");

        PageClient staff = new PageClient(application());
        assertThat(staff.signIn("staff@gatehouse.test", PASSWORD)).isTrue();
        assertThat(staff.get("planning/tours.xhtml").body()).as("Northwind is not staff's").doesNotContain("Plant North round");
        assertThat(staff.get("planning/tour.xhtml?id=" + round).statusCode()).isEqualTo(404);
        staff.get("planning/index.xhtml");
        assertThat(staff.scheduleEvents("planning/index.xhtml", "planningForm", "planning", now.minus(14, ChronoUnit.DAYS), now.plus(28, ChronoUnit.DAYS)))
                .doesNotContain("Replace the drive belt");
    }

    @Test
    void staffChangeAContactsEmailAndThePasswordResetGoesToTheNewAddress() throws Exception {
        assertThat(browser.signIn("staff@gatehouse.test", PASSWORD)).isTrue();
        String gina = "users/user.xhtml?id=" + userId("gina@gamma.test");
        assertThat(browser.get(gina).body()).contains("changeEmailForm", "gina@gamma.test");
        assertThat(browser.submit(gina, "changeEmailForm", "changeEmail", Map.of("newEmail", "carol@beta.test")).body())
                .as("another account's address").contains("This e-mail address is already in use.");
        try {
            assertThat(browser.submit(gina, "changeEmailForm", "changeEmail", Map.of("newEmail", "gina.gomez@gamma.test")).body())
                    .contains("The e-mail address is changed", "gina.gomez@gamma.test");
            browser.submit(gina, "userActions", "resetPassword", Map.of());
            assertThat(single("select count(*)::text from mail_outbox where recipient = ?", "gina.gomez@gamma.test")).as("the reset link").isEqualTo("1");
            assertThat(single("select count(*)::text from audit_entry where action = 'user.email' and after_value = ?", "gina.gomez@gamma.test")).isEqualTo("1");
        } finally {
            update("update user_account set email = 'gina@gamma.test' where email = 'gina.gomez@gamma.test'");
        }
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static void update(String sql) throws SQLException {
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection()) {
            connection.createStatement().executeUpdate(sql);
        }
    }

    private static String userId(String email) throws SQLException {
        return single("select id::text from user_account where email = ?", email);
    }

    private static String single(String sql, String parameter) throws SQLException {
        try (Connection connection = EmbeddedDatabase.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("%s for %s", sql, parameter).isTrue();
                return row.getString(1);
            }
        }
    }

    private List<String> customersListed() {
        String page = browser.get("").body();
        return CUSTOMER.matcher(page).results().map(match -> match.group(1).strip()).distinct().toList();
    }

    /** The sign-in page's answer to a refused attempt, without the parts that change on every request. */
    private String refusal(String email, String password) {
        PageClient someone = new PageClient(application());
        someone.signIn(email, password);
        return someone.lastPage().replaceAll("value=\"[^\"]*\"", "");
    }
}
