package org.gatehouse.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
        assertThat(alice.get("case.xhtml?id=" + bobsCase).body()).isEqualTo(alice.get("case.xhtml?id=999999").body());
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

    private String forgotPassword(String email) {
        PageClient someone = browser();
        assertThat(someone.get("login.xhtml").body()).contains("Forgot password?");
        someone.get("forgot-password.xhtml");
        return someone.submit("forgot-password.xhtml", "forgotForm", "sendLink", Map.of("email", email)).body()
                .replaceAll("value=\"[^\"]*\"", "");
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
