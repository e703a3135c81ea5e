package org.gatehouse.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.gatehouse.access.UserKind;
import org.gatehouse.company.Company;
import org.gatehouse.testing.EmbeddedDatabase;
import org.gatehouse.validation.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Invitations and password links on the embedded PostgreSQL, each step in a transaction of its own as in the services. */
class PasswordLinksTest {

    private static final String PASSWORD = "correct horse battery";
    /** Stands in for PBKDF2, which needs the server: enough to see which password was set. */
    private static final Function<char[], String> HASHING = password -> "hash:" + new String(password);

    private final EntityManager em = EmbeddedDatabase.entityManagerFactory().createEntityManager();
    private Instant now = Instant.parse("2026-03-02T08:00:00Z");
    private Company operator;
    private String email;

    @BeforeEach
    void operator() {
        inTransaction(links -> {
            operator = Company.operator("Operator " + UUID.randomUUID());
            em.persist(operator);
        });
        email = "dora-" + UUID.randomUUID() + "@gatehouse.test";
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void anInvitedUserSetsTheirPasswordOnceWithTheLink() {
        String token = invite();
        assertThat(passwordHash()).isNull();
        assertThat(links().problem(token)).isEmpty();

        inTransaction(links -> links.setPassword(token, PASSWORD, PASSWORD, HASHING));

        assertThat(passwordHash()).isEqualTo("hash:" + PASSWORD);
        assertThat(links().problem(token)).hasValueSatisfying(problem -> assertThat(problem).contains("not valid"));
        assertRefused(() -> inTransaction(links -> links.setPassword(token, "another password!", "another password!", HASHING)), null, "not valid");
        assertThat(passwordHash()).as("unchanged by the second use").isEqualTo("hash:" + PASSWORD);
    }

    @Test
    void anExpiredLinkChangesNothing() {
        String token = invite();
        now = now.plus(Duration.ofDays(7));

        assertThat(links().problem(token)).hasValueSatisfying(problem -> assertThat(problem).contains("expired"));
        assertRefused(() -> inTransaction(links -> links.setPassword(token, PASSWORD, PASSWORD, HASHING)), null, "expired");
        assertThat(passwordHash()).isNull();
    }

    @Test
    void aNewLinkReplacesTheOldOne() {
        String first = invite();
        String[] second = new String[1];
        inTransaction(links -> second[0] = links.issue(user(), PasswordLink.Purpose.INVITATION));

        assertRefused(() -> inTransaction(links -> links.setPassword(first, PASSWORD, PASSWORD, HASHING)), null, "newer link");
        inTransaction(links -> links.setPassword(second[0], PASSWORD, PASSWORD, HASHING));
        assertThat(passwordHash()).isEqualTo("hash:" + PASSWORD);
    }

    @Test
    void aPasswordNeedsTwelveCharactersTypedTwiceTheSame() {
        String token = invite();

        assertRefused(() -> inTransaction(links -> links.setPassword(token, "elevenchars", "elevenchars", HASHING)), "password", "at least 12");
        assertRefused(() -> inTransaction(links -> links.setPassword(token, PASSWORD, PASSWORD + "!", HASHING)), "repeated", "not the same");
        assertThat(links().problem(token)).as("a refused password leaves the link usable").isEmpty();
        assertThat(passwordHash()).isNull();
    }

    @Test
    void anInvitationNeedsAValidUnusedEmailAndAName() {
        invite();

        assertRefused(() -> inTransaction(links -> links.createInvited("dora at alpha", "Dora", operator)), "email", "valid e-mail");
        assertRefused(() -> inTransaction(links -> links.createInvited("dora@localhost", "Dora", operator)), "email", "valid e-mail");
        assertRefused(() -> inTransaction(links -> links.createInvited(email.toUpperCase(), "Dora", operator)), "email", "already in use");
        assertRefused(() -> inTransaction(links -> links.createInvited("other-" + email, " ", operator)), "displayName", "name");
        assertThat(em.createQuery("select count(u) from UserAccount u where u.company = :company", Long.class)
                .setParameter("company", operator).getSingleResult()).isEqualTo(1);
    }

    @Test
    void aChangedEmailEndsTheLinksMailedToTheOldOneAndAResetGoesToTheNewOne() {
        String toOldAddress = invite();
        String taken = "taken-" + email;
        inTransaction(links -> links.createInvited(taken, "Someone else", operator));
        assertRefused(() -> inTransaction(links -> links.changeEmail(user(), taken.toUpperCase())), "email", "already in use");
        assertRefused(() -> inTransaction(links -> links.changeEmail(user(), "no address")), "email", "valid e-mail");

        String newAddress = "new-" + email;
        inTransaction(links -> assertThat(links.changeEmail(em.merge(user()), " " + newAddress + " ")).isTrue());
        email = newAddress;
        assertThat(user().getEmail()).isEqualTo(newAddress);
        assertRefused(() -> inTransaction(links -> links.setPassword(toOldAddress, PASSWORD, PASSWORD, HASHING)), null, "not valid");

        String[] reset = new String[1];
        inTransaction(links -> reset[0] = links.issue(user(), PasswordLink.Purpose.RESET));
        inTransaction(links -> links.setPassword(reset[0], PASSWORD, PASSWORD, HASHING));
        assertThat(passwordHash()).isEqualTo("hash:" + PASSWORD);
    }

    @Test
    void anInviteeGetsTheKindOfTheirCompany() {
        invite();

        assertThat(user().getKind()).isEqualTo(UserKind.INTERNAL);
        assertThat(user().isActive()).isTrue();
    }

    private String invite() {
        String[] token = new String[1];
        inTransaction(links -> token[0] = links.issue(links.createInvited(" " + email + " ", "Dora Day", operator), PasswordLink.Purpose.INVITATION));
        return token[0];
    }

    private PasswordLinks links() {
        return new PasswordLinks(em, Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(7));
    }

    private UserAccount user() {
        em.clear();
        return em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class).setParameter("email", email).getSingleResult();
    }

    private String passwordHash() {
        return user().getPasswordHash();
    }

    /** Like a service call: commits, or rolls back when it throws. */
    private void inTransaction(Consumer<PasswordLinks> work) {
        em.getTransaction().begin();
        try {
            work.accept(links());
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }

    private static void assertRefused(Runnable action, String field, String message) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
            assertThat(refused.getField()).isEqualTo(field);
            assertThat(refused.getMessage()).contains(message);
        });
    }
}
