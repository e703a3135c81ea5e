package org.gatehouse.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
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
