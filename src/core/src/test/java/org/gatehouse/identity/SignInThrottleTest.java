package org.gatehouse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gatehouse.access.UserKind;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.testing.EmbeddedDatabase;
import org.gatehouse.testing.Installation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in throttling (ASVS 2.2.1) through the real identity store on the embedded PostgreSQL, each throttle
 * step committed on its own as in the server. The password hashing counts its work, so a test sees that a
 * throttled attempt costs no hash.
 */
class SignInThrottleTest {

    private static final long ALPHA = 1_000_020;
    private static final long ALICE = 2_000_010;
    private static final long BOB = 2_000_011;
    private static final String ALICE_EMAIL = "contact" + ALICE + "@customer.test";
    private static final String BOB_EMAIL = "contact" + BOB + "@customer.test";
    private static final String PASSWORD = "correct horse battery";
    private static final String HOME = "203.0.113.7";
    private static final String ELSEWHERE = "198.51.100.9";

    private Installation installation;
    private Instant now = Instant.parse("2026-03-02T08:00:00Z");
    private int hashes;
    private final List<String> audited = new ArrayList<>();
    private final EntityManager reads = EmbeddedDatabase.entityManagerFactory().createEntityManager();

    @BeforeEach
    void installation() {
        installation = new Installation().group(1_000_010, "Retail", "4821").customer(ALPHA, "Alpha Ltd", 1_000_010, null)
                .contact(ALICE, ALPHA).contact(BOB, ALPHA);
        installation.sql("update user_account set password_hash = ? where company_id = ?", "hash:" + PASSWORD, ALPHA);
        installation.sql("truncate sign_in_failure");
    }

    @AfterEach
    void close() {
        reads.close();
    }

    @Test
    void fiveFailuresThenTheRightPasswordIsRefusedUntilTheWaitEndsWithoutAHash() {
        for (int i = 0; i < SignInFailures.FREE_FAILURES; i++) {
            assertThat(signIn(ALICE_EMAIL, "wrong guess " + i, HOME).retryAt()).as("failure %d is free", i + 1).isNull();
        }
        assertThat(hashes).isEqualTo(SignInFailures.FREE_FAILURES);

        Attempt throttled = signIn(ALICE_EMAIL, PASSWORD, HOME);

        assertThat(throttled.admitted()).isFalse();
        assertThat(throttled.retryAt()).isEqualTo(now.plus(SignInFailures.FIRST_WAIT));
        assertThat(hashes).as("refused before the password was hashed").isEqualTo(SignInFailures.FREE_FAILURES);
        assertThat(audited).contains("sign-in.throttled " + ALICE_EMAIL);
        assertThat(installation.count("select count(*) from sign_in_failure")).as("a throttled attempt is not counted")
                .isEqualTo(SignInFailures.FREE_FAILURES);

        now = now.plus(SignInFailures.FIRST_WAIT).minusSeconds(1);
        assertThat(signIn(ALICE_EMAIL, PASSWORD, HOME).retryAt()).isNotNull();
        now = now.plusSeconds(1);
        assertThat(signIn(ALICE_EMAIL, PASSWORD, HOME).admitted()).as("the right password once the wait is over").isTrue();
        assertThat(installation.count("select count(*) from sign_in_failure")).as("the admitted attempt is forgotten")
                .isEqualTo(SignInFailures.FREE_FAILURES);
    }

    @Test
    void theWaitDoublesWithEachFurtherFailureUpToTheLongest() {
        assertThat(SignInFailures.waitAfter(SignInFailures.FREE_FAILURES - 1)).isZero();
        assertThat(List.of(5, 6, 7, 8, 9, 50).stream().map(SignInFailures::waitAfter)).containsExactly(
                Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(8), Duration.ofMinutes(8));

        for (int i = 0; i < SignInFailures.FREE_FAILURES; i++) {
            signIn(ALICE_EMAIL, "wrong guess " + i, HOME);
        }
        now = now.plus(Duration.ofMinutes(1));
        assertThat(signIn(ALICE_EMAIL, "sixth guess", HOME).admitted()).isFalse();
        assertThat(signIn(ALICE_EMAIL, PASSWORD, HOME).retryAt()).isEqualTo(now.plus(Duration.ofMinutes(2)));
    }

    @Test
    void anotherAccountIsNotAffectedFromTheSameAddressOrAnother() {
        for (int i = 0; i < SignInFailures.FREE_FAILURES; i++) {
            signIn(ALICE_EMAIL, "wrong guess " + i, i % 2 == 0 ? HOME : ELSEWHERE);
        }
        assertThat(signIn(ALICE_EMAIL, PASSWORD, ELSEWHERE).retryAt()).as("the e-mail waits whatever the address").isNotNull();

        assertThat(signIn(BOB_EMAIL, PASSWORD, HOME).admitted()).isTrue();
        assertThat(signIn(BOB_EMAIL, PASSWORD, ELSEWHERE).admitted()).isTrue();
    }

    @Test
    void theEmailCountsAsTypedInAnyLetterCaseKnownOrNot() {
        for (int i = 0; i < SignInFailures.FREE_FAILURES; i++) {
            signIn(i % 2 == 0 ? " " + ALICE_EMAIL.toUpperCase() : ALICE_EMAIL, "wrong guess " + i, HOME);
            signIn("nobody@customer.test", "wrong guess " + i, ELSEWHERE);
        }

        assertThat(signIn(ALICE_EMAIL, PASSWORD, HOME).retryAt()).isNotNull();
        assertThat(signIn("NOBODY@customer.test", "another guess", ELSEWHERE).retryAt())
                .as("an unknown e-mail waits alike, so the wait tells nothing").isEqualTo(now.plus(SignInFailures.FIRST_WAIT));
    }

    @Test
    void failuresOutsideTheWindowNoLongerCount() {
        for (int i = 0; i < SignInFailures.FREE_FAILURES; i++) {
            signIn(ALICE_EMAIL, "wrong guess " + i, HOME);
        }

        now = now.plus(SignInFailures.ACCOUNT_WINDOW);
        for (int i = 0; i < SignInFailures.FREE_FAILURES - 1; i++) {
            assertThat(signIn(ALICE_EMAIL, "later guess " + i, HOME).retryAt()).as("free again").isNull();
        }
        assertThat(installation.count("select count(*) from sign_in_failure")).as("old failures are deleted")
                .isEqualTo(SignInFailures.FREE_FAILURES - 1);
        assertThat(signIn(ALICE_EMAIL, PASSWORD, HOME).admitted()).isTrue();
    }

    @Test
    void manyEmailsGuessedFromOneAddressBlockTheAddressAndNoAccount() {
        Instant first = now;
        for (int i = 0; i < SignInFailures.ADDRESS_FAILURES; i++) {
            signIn("guess" + i + "@customer.test", "wrong guess", HOME);
            now = now.plusSeconds(10);
        }
        int hashed = hashes;

        Attempt fromHome = signIn(BOB_EMAIL, PASSWORD, HOME);

        assertThat(fromHome.admitted()).isFalse();
        assertThat(fromHome.retryAt()).isEqualTo(first.plus(SignInFailures.ADDRESS_WINDOW));
        assertThat(hashes).as("refused before the password was hashed").isEqualTo(hashed);
        assertThat(signIn(BOB_EMAIL, PASSWORD, ELSEWHERE).admitted()).as("the account itself is not locked").isTrue();
        now = first.plus(SignInFailures.ADDRESS_WINDOW);
        assertThat(signIn(BOB_EMAIL, PASSWORD, HOME).admitted()).as("the oldest failure left the window").isTrue();
    }

    @Test
    void aSuccessfulSignInDoesNotEraseTheAddressCount() {
        for (int i = 0; i < SignInFailures.ADDRESS_FAILURES - 1; i++) {
            signIn("guess" + i + "@customer.test", "wrong guess", HOME);
        }
        assertThat(signIn(BOB_EMAIL, PASSWORD, HOME).admitted()).as("the attacker's own account").isTrue();
        signIn("guess-last@customer.test", "wrong guess", HOME);

        assertThat(signIn(ALICE_EMAIL, PASSWORD, HOME).retryAt()).isNotNull();
    }

    @Test
    void anAttemptStillBeingCheckedCountsAlready() {
        // parallel guesses: each passed the check, none has been answered yet
        for (int i = 0; i < SignInFailures.FREE_FAILURES; i++) {
            assertThat(check(ALICE_EMAIL, HOME)).isInstanceOf(SignInCheck.Counted.class);
        }

        assertThat(check(ALICE_EMAIL, ELSEWHERE)).isInstanceOf(SignInCheck.Throttled.class);
    }

    @Test
    void parallelGuessesPassTheCountNoMoreOftenThanOneAfterAnother() throws Exception {
        int guesses = 12;
        ExecutorService servers = Executors.newFixedThreadPool(guesses);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SignInCheck>> checks = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String address = i % 2 == 0 ? HOME : ELSEWHERE;
                checks.add(servers.submit(() -> {
                    start.await();
                    return check(ALICE_EMAIL, address);
                }));
            }
            start.countDown();
            int counted = 0;
            for (Future<SignInCheck> check : checks) {
                counted += check.get() instanceof SignInCheck.Counted ? 1 : 0;
            }

            assertThat(counted).isEqualTo(SignInFailures.FREE_FAILURES);
        } finally {
            servers.shutdownNow();
        }
    }

    private SignInCheck check(String email, String clientAddress) {
        return Installation.inTransaction(em -> new SignInFailures(em, clock()).check(email, clientAddress));
    }

    /** One sign-in through the identity store, in a request of its own from the client address. */
    private Attempt signIn(String email, String password, String clientAddress) {
        TestStore store = new TestStore();
        store.em = reads;
        store.passwordHashing = new PasswordHashing() {
            @Override
            public boolean verify(char[] given, String hash) {
                hashes++;
                return ("hash:" + new String(given)).equals(hash);
            }
        };
        store.auditLog = new AuditLog() {
            @Override
            public void recordSignIn(String actor, boolean admitted, String application) {
                audited.add((admitted ? "sign-in " : "sign-in.refused ") + actor);
            }

            @Override
            public void recordBy(String actor, String action, Long customerId, String subject, String before, String after) {
                audited.add(action + " " + actor);
            }
        };
        store.signInAttempt = new SignInAttempt();
        store.signInThrottle = new CommittingThrottle(store.auditLog);
        store.request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, arguments) -> method.getName().equals("getRemoteAddr") ? clientAddress : null);
        CredentialValidationResult result = store.validate(new UsernamePasswordCredential(email, password));
        return new Attempt(result.getStatus() == CredentialValidationResult.Status.VALID, store.signInAttempt.getRetryAt());
    }

    private record Attempt(boolean admitted, Instant retryAt) {
    }

    private Clock clock() {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    private static final class TestStore extends AccountIdentityStore {

        @Override
        public boolean admits(UserKind kind) {
            return kind == UserKind.CUSTOMER;
        }

        @Override
        protected String application() {
            return "portal";
        }
    }

    /** The boundary as the container runs it: each call a transaction of its own, committed before the store goes on. */
    private final class CommittingThrottle extends SignInThrottle {

        CommittingThrottle(AuditLog auditLog) {
            this.auditLog = auditLog;
        }

        @Override
        public SignInCheck check(String typedEmail, String clientAddress, String application) {
            return Installation.inTransaction(em -> {
                this.em = em;
                this.clock = clock();
                return super.check(typedEmail, clientAddress, application);
            });
        }

        @Override
        public void settle(SignInCheck check, boolean admitted) {
            Installation.inTransaction(em -> {
                this.em = em;
                this.clock = clock();
                super.settle(check, admitted);
                return null;
            });
        }
    }

}
