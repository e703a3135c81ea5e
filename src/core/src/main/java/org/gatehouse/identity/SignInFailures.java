package org.gatehouse.identity;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.gatehouse.persistence.TransactionLock;

/**
 * The rules of sign-in throttling (ASVS 2.2.1), in the caller's transaction, which must commit before the
 * password is hashed: a throttled attempt costs no hash, and an attempt being checked counts already.
 * <ul>
 * <li>Per e-mail, as typed (known or not, so the answer tells nothing): {@value #FREE_FAILURES} failures
 * within {@link #ACCOUNT_WINDOW} cost nothing; after that each attempt waits after the latest failure,
 * {@link #FIRST_WAIT} after the fifth, doubling with each further failure up to {@link #LONGEST_WAIT}.
 * Guessing one account from many addresses gets a handful of guesses an hour, and its owner waits
 * minutes, never longer than the longest wait after the latest failure.</li>
 * <li>Per client address: {@value #ADDRESS_FAILURES} failures within {@link #ADDRESS_WINDOW}, whatever the
 * e-mails, refuse the address until the oldest of them is out of the window. Guessing many accounts from
 * one address stops there, and locks none of those accounts out.</li>
 * </ul>
 * A right password forgets its own attempt only: the other failures of the e-mail and of the address stay.
 */
public final class SignInFailures {

    public static final int FREE_FAILURES = 5;
    public static final Duration ACCOUNT_WINDOW = Duration.ofHours(1);
    public static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(8);
    public static final int ADDRESS_FAILURES = 20;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    private static final int ACCOUNT_LENGTH = 320;
    private static final int ADDRESS_LENGTH = 64;

    private final EntityManager em;
    private final Clock clock;

    public SignInFailures(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Refuses the attempt while the e-mail or the address waits; otherwise counts it as a failure until
     * {@link #admitted} says the password was right.
     *
     * @param typedEmail    the e-mail as typed on the sign-in page
     * @param clientAddress where the request came from, as the server sees it
     */
    public SignInCheck check(String typedEmail, String clientAddress) {
        String account = account(typedEmail);
        String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : truncated(clientAddress.strip(), ADDRESS_LENGTH);
        // one check at a time per e-mail and per address, across servers: parallel guesses must not all pass the count
        // before one is written; always the e-mail first, so two checks never wait for each other in a circle
        TransactionLock.lock(em, "sign-in account " + account);
        TransactionLock.lock(em, "sign-in address " + address);
        Instant now = clock.instant();
        // rows another check is deleting are left to it: waiting for them would only hold sign-ins up
        em.createNativeQuery("delete from sign_in_failure where id in (select id from sign_in_failure where failed_at <= ?1 for update skip locked)")
                .setParameter(1, Timestamp.from(now.minus(ACCOUNT_WINDOW))).executeUpdate();
        Instant accountRetry = accountRetryAt(account, now);
        Instant addressRetry = addressRetryAt(address, now);
        if (addressRetry != null && addressRetry.isAfter(now) && (accountRetry == null || !accountRetry.isAfter(addressRetry))) {
            return new SignInCheck.Throttled(addressRetry, true);
        }
        if (accountRetry != null && accountRetry.isAfter(now)) {
            return new SignInCheck.Throttled(accountRetry, false);
        }
        SignInFailure failure = new SignInFailure(account, address, now);
        em.persist(failure);
        em.flush();
        return new SignInCheck.Counted(failure.getId());
    }

    /** The password of a counted attempt was right: that attempt is no failure. */
    public void admitted(SignInCheck.Counted attempt) {
        em.createQuery("delete from SignInFailure f where f.id = :id").setParameter("id", attempt.failureId()).executeUpdate();
    }

    /** How long an e-mail waits after its latest failure, with this many failures in the window; zero while they are free. */
    public static Duration waitAfter(long failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        long doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** The e-mail as the counts know it (these and {@link RequestedMails}'): the same whatever the letter case and surrounding spaces. */
    static String account(String typedEmail) {
        String account = typedEmail == null ? "" : typedEmail.strip().toLowerCase(Locale.ROOT);
        return truncated(account, ACCOUNT_LENGTH);
    }

    private Instant accountRetryAt(String account, Instant now) {
        // ten doublings of the first wait pass the longest: more failures than that change nothing
        List<Instant> recent = em.createNamedQuery(SignInFailure.OF_ACCOUNT, Instant.class).setParameter("account", account)
                .setParameter("since", now.minus(ACCOUNT_WINDOW)).setMaxResults(FREE_FAILURES + 10).getResultList();
        return recent.size() < FREE_FAILURES ? null : recent.get(0).plus(waitAfter(recent.size()));
    }

    private Instant addressRetryAt(String address, Instant now) {
        List<Instant> recent = em.createNamedQuery(SignInFailure.FROM_ADDRESS, Instant.class).setParameter("address", address)
                .setParameter("since", now.minus(ADDRESS_WINDOW)).setMaxResults(ADDRESS_FAILURES).getResultList();
        return recent.size() < ADDRESS_FAILURES ? null : recent.get(ADDRESS_FAILURES - 1).plus(ADDRESS_WINDOW);
    }

    private static String truncated(String value, int length) {
        return value.length() > length ? value.substring(0, length) : value;
    }
}
