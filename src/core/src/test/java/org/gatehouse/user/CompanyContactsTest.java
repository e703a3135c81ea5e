package org.gatehouse.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.identity.PasswordLinks;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.testing.Installation;
import org.gatehouse.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A company administrator manages the contacts of their own company in the portal, and nobody else does there. */
class CompanyContactsTest {

    private static final long RETAIL = 1_000_010;
    private static final long ALPHA = 1_000_020;
    private static final long BETA = 1_000_021;
    private static final long STAFF = 2_000_001;
    /** Company administrator of Alpha. */
    private static final long BOB = 2_000_010;
    private static final long ALICE = 2_000_011;
    private static final long ANNA = 2_000_012;
    /** Company administrator of Beta. */
    private static final long CAROL = 2_000_020;

    private Installation installation;

    @BeforeEach
    void installation() {
        installation = new Installation().staff(STAFF, true).group(RETAIL, "Retail", "4821")
                .customer(ALPHA, "Alpha Ltd", RETAIL, null).customer(BETA, "Beta Ltd", RETAIL, null)
                .contact(BOB, ALPHA).contact(ALICE, ALPHA).contact(ANNA, ALPHA).contact(CAROL, BETA);
        installation.sql("update user_account set company_administrator = true where id in (?, ?)", BOB, CAROL);
        installation.sql("update user_account set display_name = 'Alice Archer' where id = ?", ALICE);
    }

    @Test
    void anAdministratorPagesAndSearchesTheContactsOfTheirCompanyOnly() {
        List<String> firstPage = names(BOB, "", 0, 2);
        List<String> secondPage = names(BOB, "", 2, 2);

        assertThat(firstPage).containsExactly("Alice Archer", "Contact " + BOB);
        assertThat(secondPage).containsExactly("Contact " + ANNA);
        long count = Installation.as(BOB, (em, scope) -> new CompanyContacts(em, scope).count(""));
        assertThat(count).isEqualTo(3);
        assertThat(names(BOB, "ARCHER", 0, 10)).containsExactly("Alice Archer");
        assertThat(names(BOB, "contact" + ANNA + "@", 0, 10)).containsExactly("Contact " + ANNA);
        assertThat(names(BOB, "contact" + CAROL, 0, 10)).as("Beta's contact").isEmpty();
    }

    @Test
    void aContactWhoIsNoAdministratorFindsNoCompanyContacts() {
        assertThatThrownBy(() -> Installation.as(ALICE, (em, scope) -> new CompanyContacts(em, scope).page("", 0, 10)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> Installation.as(ALICE, (em, scope) -> new CompanyContacts(em, scope).setActive(ANNA, false)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> new CompanyContacts(em, scope).page("", 0, 10)))
                .as("the back office has its own user pages").isInstanceOf(RecordNotFoundException.class);
        assertThat(active(ANNA)).isTrue();
    }

    @Test
    void aContactOfAnotherCompanyIsNotFound() {
        assertThatThrownBy(() -> Installation.as(BOB, (em, scope) -> new CompanyContacts(em, scope).get(CAROL)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> Installation.as(BOB, (em, scope) -> new CompanyContacts(em, scope).setActive(CAROL, false)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> Installation.as(BOB, (em, scope) -> new CompanyContacts(em, scope).setActive(STAFF, false)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(active(CAROL)).isTrue();
        assertThat(active(STAFF)).isTrue();
    }

    @Test
    void anAdministratorDeactivatesAndReactivatesColleaguesButNotThemselves() {
        UserAccount changed = Installation.as(BOB, (em, scope) -> new CompanyContacts(em, scope).setActive(ALICE, false));
        assertThat(changed).isNotNull();
        assertThat(active(ALICE)).isFalse();
        UserAccount unchanged = Installation.as(BOB, (em, scope) -> new CompanyContacts(em, scope).setActive(ALICE, false));
        assertThat(unchanged).as("no change").isNull();

        Installation.as(BOB, (em, scope) -> new CompanyContacts(em, scope).setActive(ALICE, true));
        assertThat(active(ALICE)).isTrue();

        assertThatThrownBy(() -> Installation.as(BOB, (em, scope) -> new CompanyContacts(em, scope).setActive(BOB, false)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("yourself");
        assertThat(active(BOB)).isTrue();
    }

    @Test
    void anAdministratorReactivatesNoColleagueWhoSeesCompaniesTheyDoNot() {
        installation.customer(1_000_022, "Alpha North", RETAIL, ALPHA);
        installation.sql("update user_account set group_level = true, active = false where id = ?", ALICE);

        assertThatThrownBy(() -> Installation.as(BOB, (em, scope) -> new CompanyContacts(em, scope).setActive(ALICE, true)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Alice Archer would see companies below Alpha Ltd that you do not: only someone who sees them all can do that.");
        assertThat(installation.count("select count(*) from user_account where id = " + ALICE + " and active")).isZero();

        installation.sql("update user_account set group_level = true where id = ?", BOB);
        UserAccount reactivated = Installation.as(BOB, (em, scope) -> new CompanyContacts(em, scope).setActive(ALICE, true));
        assertThat(reactivated).as("a group-level administrator may").isNotNull();
    }

    @Test
    void anAdministratorInvitesAColleagueIntoTheirCompany() {
        UserAccount invited = Installation.as(BOB, (em, scope) -> new CompanyContacts(em, scope)
                .invite(" dan@alpha.test ", "Dan Delgado", new PasswordLinks(em, Clock.systemUTC(), Duration.ofDays(7))));

        assertThat(installation.count("select count(*) from user_account where email = 'dan@alpha.test' and kind = 'CUSTOMER'"
                + " and company_id = " + ALPHA + " and password_hash is null and not company_administrator")).isEqualTo(1);
        assertThat(invited.getDisplayName()).isEqualTo("Dan Delgado");
        assertThatThrownBy(() -> Installation.as(ALICE, (em, scope) -> new CompanyContacts(em, scope)
                .invite("eve@alpha.test", "Eve", new PasswordLinks(em, Clock.systemUTC(), Duration.ofDays(7)))))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void inAViewAsSessionTheListShowsAndNothingChanges() {
        List<String> shown = Installation.as(BOB, (em, scope) -> names(new CompanyContacts(em, scope.readOnly()).page("", 0, 10)));
        assertThat(shown).hasSize(3);

        assertThatThrownBy(() -> Installation.as(BOB, (em, scope) -> new CompanyContacts(em, scope.readOnly()).setActive(ALICE, false)))
                .isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> Installation.as(BOB, (em, scope) -> new CompanyContacts(em, scope.readOnly())
                .invite("dan@alpha.test", "Dan", new PasswordLinks(em, Clock.systemUTC(), Duration.ofDays(7)))))
                .isInstanceOf(WriteNotAllowedException.class);
        assertThat(active(ALICE)).isTrue();
        assertThat(installation.count("select count(*) from user_account where email = 'dan@alpha.test'")).isZero();
    }

    private boolean active(long userId) {
        return installation.count("select count(*) from user_account where active and id = " + userId) == 1;
    }

    private static List<String> names(long userId, String search, int first, int size) {
        return Installation.as(userId, (em, scope) -> names(new CompanyContacts(em, scope).page(search, first, size)));
    }

    private static List<String> names(List<Contact> contacts) {
        return contacts.stream().map(Contact::getDisplayName).toList();
    }
}
