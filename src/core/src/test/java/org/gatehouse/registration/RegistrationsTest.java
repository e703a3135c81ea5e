package org.gatehouse.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import org.gatehouse.access.UserKind;
import org.gatehouse.company.Company;
import org.gatehouse.company.Customer;
import org.gatehouse.testing.Installation;
import org.gatehouse.identity.PasswordLink;
import org.gatehouse.identity.PasswordLinks;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Self-registration with a customer-group code (seed 000 step 14) on the embedded PostgreSQL, each attempt a transaction of its own. */
class RegistrationsTest {

    private static final long RETAIL = 1_000_010;
    private static final long EDUCATION = 1_000_011;
    private static final long ALPHA = 1_000_020;
    /** WRITE in Retail. */
    private static final long STAFF = 2_000_001;
    /** READ in Education only. */
    private static final long OTHER_STAFF = 2_000_002;
    private static final long ALICE = 2_000_010;
    private static final String PASSWORD = "correct horse battery";
    /** Stands in for PBKDF2, which needs the server: enough to see which password was set. */
    private static final Function<char[], String> HASHING = password -> "hash:" + new String(password);
    private static final String HOME = "203.0.113.7";
    private static final String ELSEWHERE = "198.51.100.9";

    private Installation installation;
    private Instant now = Instant.parse("2026-03-02T08:00:00Z");

    @BeforeEach
    void installation() {
        installation = new Installation().staff(STAFF, false).staff(OTHER_STAFF, false)
                .group(RETAIL, "Retail", "4821").group(EDUCATION, "Education", "1207")
                .membership(1_000_030, RETAIL, STAFF, "WRITE").membership(1_000_031, EDUCATION, OTHER_STAFF, "READ")
                .customer(ALPHA, "Alpha Ltd", RETAIL, null).contact(ALICE, ALPHA);
        installation.sql("truncate registration_refusal");
    }

    @Test
    void aValidCodeCreatesTheCompanyInItsGroupWithItsFirstContactAsPendingAdministrator() {
        RegistrationOutcome outcome = register(form("dora@delta.test", " retail-4821 "), HOME);

        assertThat(outcome).isInstanceOf(RegistrationOutcome.Registered.class);
        UserAccount dora = user("dora@delta.test");
        Company delta = dora.getCompany();
        assertThat(delta.getName()).isEqualTo("Delta Stores");
        assertThat(delta.getCustomerGroup().getId()).as("the group of the code, typed in any case").isEqualTo(RETAIL);
        assertThat(dora.getKind()).isEqualTo(UserKind.CUSTOMER);
        assertThat(dora.getDisplayName()).isEqualTo("Dora Day");
        assertThat(dora.isCompanyAdministrator()).isTrue();
        assertThat(dora.isEmailConfirmed()).as("cannot sign in before confirming").isFalse();
        assertThat(dora.getPasswordHash()).isEqualTo("hash:" + PASSWORD);
        Customer seenByGroupStaff = Installation.as(STAFF, (em, scope) -> em.find(Customer.class, delta.getId()));
        Customer seenByOtherStaff = Installation.as(OTHER_STAFF, (em, scope) -> em.find(Customer.class, delta.getId()));
        assertThat(seenByGroupStaff).as("the group's staff see it at once").isNotNull();
        assertThat(seenByOtherStaff).as("other groups' staff do not").isNull();
    }

    @Test
    void anUnknownCodeCreatesNothingAndIsCounted() {
        long companies = installation.count("select count(*) from company");

        assertThat(register(form("dora@delta.test", "Retail-4822"), HOME)).isInstanceOf(RegistrationOutcome.UnknownCode.class);
        assertThat(register(form("dora@delta.test", "Retail"), HOME)).isInstanceOf(RegistrationOutcome.UnknownCode.class);

        assertThat(installation.count("select count(*) from company")).isEqualTo(companies);
        assertThat(installation.count("select count(*) from user_account where email = 'dora@delta.test'")).isZero();
        assertThat(installation.count("select count(*) from registration_refusal where client_address = '" + HOME + "'")).isEqualTo(2);
    }

    @Test
    void fiveUnknownCodesBlockTheAddressEvenForARightCodeButNoOtherAddress() {
        Instant first = now;
        for (int i = 0; i < Registrations.WRONG_CODES; i++) {
            assertThat(register(form("dora@delta.test", "Retail-" + (1000 + i)), HOME)).isInstanceOf(RegistrationOutcome.UnknownCode.class);
            now = now.plus(Duration.ofMinutes(1));
        }

        assertThat(register(form("dora@delta.test", "Retail-4821"), HOME))
                .isEqualTo(new RegistrationOutcome.Throttled(first.plus(Registrations.WINDOW)));
        assertThat(installation.count("select count(*) from user_account where email = 'dora@delta.test'")).isZero();
        assertThat(register(form("erin@epsilon.test", "Retail-4821"), ELSEWHERE)).isInstanceOf(RegistrationOutcome.Registered.class);
    }

    @Test
    void theBlockEndsWhenTheWindowHasPassed() {
        Instant first = now;
        for (int i = 0; i < Registrations.WRONG_CODES; i++) {
            register(form("dora@delta.test", "Wrong-" + i), HOME);
        }

        now = first.plus(Registrations.WINDOW).minusSeconds(1);
        assertThat(register(form("dora@delta.test", "Retail-4821"), HOME)).isInstanceOf(RegistrationOutcome.Throttled.class);
        now = first.plus(Registrations.WINDOW);
        assertThat(register(form("dora@delta.test", "Retail-4821"), HOME)).isInstanceOf(RegistrationOutcome.Registered.class);
    }

    @Test
    void anAddressThatHasAnAccountIsAnsweredForAndNothingIsCreated() {
        long companies = installation.count("select count(*) from company");

        RegistrationOutcome outcome = register(form("CONTACT" + ALICE + "@customer.test", "Retail-4821"), HOME);

        assertThat(outcome).isInstanceOfSatisfying(RegistrationOutcome.AddressInUse.class,
                inUse -> assertThat(inUse.owner().getId()).isEqualTo(ALICE));
        assertThat(installation.count("select count(*) from company")).isEqualTo(companies);
        assertThat(installation.count("select count(*) from registration_refusal")).as("not a wrong code").isZero();
    }

    @Test
    void missingOrInvalidFieldsChangeNothingAndAreNotCounted() {
        assertRefused(new RegistrationForm(" ", "Dora Day", "dora@delta.test", PASSWORD, "Wrong-1"), "companyName");
        assertRefused(new RegistrationForm("Delta Stores", "", "dora@delta.test", PASSWORD, "Wrong-1"), "name");
        assertRefused(new RegistrationForm("Delta Stores", "Dora Day", "dora at delta", PASSWORD, "Wrong-1"), "email");
        assertRefused(new RegistrationForm("Delta Stores", "Dora Day", "dora@delta.test", "elevenchars", "Retail-4821"), "password");
        assertRefused(new RegistrationForm("Delta Stores", "Dora Day", "dora@delta.test", PASSWORD, " "), "groupCode");

        assertThat(installation.count("select count(*) from registration_refusal")).isZero();
        assertThat(installation.count("select count(*) from user_account where email = 'dora@delta.test'")).isZero();
    }

    @Test
    void theConfirmationLinkConfirmsOnceAndSetsNoPassword() {
        register(form("dora@delta.test", "Education-1207"), HOME);
        String token = Installation.inTransaction(em -> links(em).issue(em.merge(user("dora@delta.test")), PasswordLink.Purpose.CONFIRMATION));

        assertThatThrownBy(() -> Installation.inTransaction(em -> links(em).setPassword(token, "another password!", "another password!", HASHING)))
                .as("a confirmation link is no password link").isInstanceOf(InvalidInputException.class);
        assertThat(confirmationProblem(token)).isEmpty();
        Installation.inTransaction(em -> links(em).confirm(token));

        assertThat(user("dora@delta.test").isEmailConfirmed()).isTrue();
        assertThat(user("dora@delta.test").getPasswordHash()).isEqualTo("hash:" + PASSWORD);
        assertThat(confirmationProblem(token)).hasValueSatisfying(problem -> assertThat(problem).contains("not valid"));
        assertThatThrownBy(() -> Installation.inTransaction(em -> links(em).confirm(token))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPasswordResetLinkConfirmsTheAddressToo() {
        register(form("dora@delta.test", "Education-1207"), HOME);
        String reset = Installation.inTransaction(em -> links(em).issue(em.merge(user("dora@delta.test")), PasswordLink.Purpose.RESET));

        Installation.inTransaction(em -> links(em).setPassword(reset, "another password!", "another password!", HASHING));

        assertThat(user("dora@delta.test").isEmailConfirmed()).as("the link reached them by mail").isTrue();
    }

    private void assertRefused(RegistrationForm form, String field) {
        assertThatThrownBy(() -> register(form, HOME)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.getField()).isEqualTo(field));
    }

    private static RegistrationForm form(String email, String code) {
        return new RegistrationForm(" Delta Stores ", "Dora Day", email, PASSWORD, code);
    }

    private RegistrationOutcome register(RegistrationForm form, String clientAddress) {
        return Installation.inTransaction(em -> new Registrations(em, Clock.fixed(now, ZoneOffset.UTC), HASHING).register(form, clientAddress));
    }

    private Optional<String> confirmationProblem(String token) {
        return Installation.inTransaction(em -> links(em).confirmationProblem(token));
    }

    private PasswordLinks links(EntityManager em) {
        return new PasswordLinks(em, Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(7));
    }

    private UserAccount user(String email) {
        return Installation.inTransaction(em -> {
            UserAccount user = em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class).setParameter("email", email).getSingleResult();
            user.getCompany().getCustomerGroup().getId();
            return user;
        });
    }

}
