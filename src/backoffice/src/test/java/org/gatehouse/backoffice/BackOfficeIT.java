package org.gatehouse.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
        assertThat(browser.get("case.xhtml?id=" + gammaCase).body()).isEqualTo(browser.get("case.xhtml?id=999999").body());
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

        String page = browser.get("case.xhtml?id=" + alphaCase).body();

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
    void aCustomerContactIsRefusedExactlyLikeAWrongPassword() {
        assertThat(browser.signIn("alice@alpha.test", PASSWORD)).isFalse();
        assertThat(browser.get("").statusCode()).as("still signed out").isEqualTo(302);

        String refusedKind = refusal("alice@alpha.test", PASSWORD);
        String wrongPassword = refusal("staff@gatehouse.test", "not the password");
        assertThat(refusedKind).contains("The e-mail or the password is not right.");
        assertThat(refusedKind).isEqualTo(wrongPassword);
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
