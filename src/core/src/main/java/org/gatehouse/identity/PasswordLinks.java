package org.gatehouse.identity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.gatehouse.access.UserKind;
import org.gatehouse.company.Company;
import org.gatehouse.validation.InvalidInputException;

/**
 * Invitations, password links and e-mail confirmation links, in the caller's transaction: creating an
 * invited user, issuing a link (which replaces the user's older ones) and setting a password or
 * confirming the address with it (once). The services
 * around it decide who may do this, audit it and send the mail.
 */
public final class PasswordLinks {

    public static final int MINIMUM_PASSWORD_LENGTH = 12;
    /** Deliberately loose: the mail itself is the real check; this catches typing slips. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Used, replaced, never issued, or its user deactivated: the holder need not know which. */
    private static final String UNKNOWN = "This link is not valid (any more): it may have been used already, or a newer link was sent."
            + " Ask for a new one with \"Forgot password?\" on the sign-in page.";
    private static final String UNKNOWN_CONFIRMATION = "This confirmation link is not valid (any more): it may have been used already,"
            + " or a newer link was sent. If you have confirmed your address already, just sign in; otherwise ask for a new link below.";
    private static final Set<PasswordLink.Purpose> SETS_PASSWORD = EnumSet.of(PasswordLink.Purpose.INVITATION, PasswordLink.Purpose.RESET);
    private static final Set<PasswordLink.Purpose> CONFIRMS = EnumSet.of(PasswordLink.Purpose.CONFIRMATION);

    private final EntityManager em;
    private final Clock clock;
    private final Duration validity;

    public PasswordLinks(EntityManager em, Clock clock, Duration validity) {
        this.em = em;
        this.clock = clock;
        this.validity = validity;
    }

    /**
     * A new user without a password; their kind follows the company's (operator staff, partner user, customer contact).
     *
     * @throws InvalidInputException for an invalid e-mail, one already in use, or a missing name
     */
    public UserAccount createInvited(String email, String displayName, Company company) {
        String address = validEmail(email);
        if (!em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class).setParameter("email", address).getResultList().isEmpty()) {
            throw new InvalidInputException("email", "This e-mail address is already in use.");
        }
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInputException("displayName", "Please enter the user's name (at most 200 characters).");
        }
        UserKind kind = switch (company.getKind()) {
            case OPERATOR -> UserKind.INTERNAL;
            case PARTNER -> UserKind.PARTNER;
            case CUSTOMER -> UserKind.CUSTOMER;
        };
        UserAccount user = new UserAccount(address, name, kind, company);
        em.persist(user);
        return user;
    }

    /**
     * Gives the user a new e-mail address (seed 004: invite with your own address first, then change it and send a
     * password reset). Every link mailed to the old address stops working.
     *
     * @return whether the address changed
     * @throws InvalidInputException for an invalid address or one another account uses
     */
    public boolean changeEmail(UserAccount user, String email) {
        String address = validEmail(email);
        if (address.equals(user.getEmail())) {
            return false;
        }
        if (em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class).setParameter("email", address).getResultStream()
                .anyMatch(other -> !other.getId().equals(user.getId()))) {
            throw new InvalidInputException("email", "This e-mail address is already in use.");
        }
        user.changeEmail(address);
        em.createNamedQuery(PasswordLink.SPEND_OPEN).setParameter("now", clock.instant()).setParameter("user", user).executeUpdate();
        return true;
    }

    /**
     * The address as it will be stored, without surrounding blanks.
     *
     * @throws InvalidInputException when it does not look like an e-mail address
     */
    public static String validEmail(String email) {
        String address = email == null ? "" : email.strip();
        if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
            throw new InvalidInputException("email", "Please enter a valid e-mail address, such as name@example.com.");
        }
        return address;
    }

    /** A new link for the user; every older link of theirs stops working. Returns the token, which is stored only as a hash. */
    public String issue(UserAccount user, PasswordLink.Purpose purpose) {
        Instant now = clock.instant();
        em.createNamedQuery(PasswordLink.SPEND_OPEN).setParameter("now", now).setParameter("user", user).executeUpdate();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(new PasswordLink(user, token, purpose, now, now.plus(validity)));
        return token;
    }

    /** Why the link cannot be used, in the holder's words; empty when it can. */
    public Optional<String> problem(String token) {
        return find(token, SETS_PASSWORD, LockModeType.NONE).map(link -> problem(link, UNKNOWN)).orElse(Optional.of(UNKNOWN));
    }

    /** Why the confirmation link cannot be used, in the holder's words; empty when it can. */
    public Optional<String> confirmationProblem(String token) {
        return find(token, CONFIRMS, LockModeType.NONE).map(link -> problem(link, UNKNOWN_CONFIRMATION)).orElse(Optional.of(UNKNOWN_CONFIRMATION));
    }

    /**
     * Confirms the e-mail address of the link's user and spends the link: from now on they can sign in.
     *
     * @throws InvalidInputException when the link cannot be used; nothing changes
     */
    public UserAccount confirm(String token) {
        PasswordLink link = find(token, CONFIRMS, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new InvalidInputException(null, UNKNOWN_CONFIRMATION));
        problem(link, UNKNOWN_CONFIRMATION).ifPresent(problem -> {
            throw new InvalidInputException(null, problem);
        });
        link.spend(clock.instant());
        link.getUser().setEmailConfirmed(true);
        return link.getUser();
    }

    /**
     * Sets the password of the link's user and spends the link.
     *
     * @param hashing turns the password into the stored hash
     * @throws InvalidInputException when the link cannot be used or the password is not acceptable; nothing changes
     */
    public UserAccount setPassword(String token, String password, String repeated, Function<char[], String> hashing) {
        // locked: of two requests with the same link, the second waits and then finds it spent
        PasswordLink link = find(token, SETS_PASSWORD, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new InvalidInputException(null, UNKNOWN));
        problem(link, UNKNOWN).ifPresent(problem -> {
            throw new InvalidInputException(null, problem);
        });
        requireAcceptable(password, "password");
        requireRepeated(password, repeated, "repeated");
        link.spend(clock.instant());
        UserAccount user = link.getUser();
        user.setPasswordHash(hashing.apply(password.toCharArray()));
        // the link reached them by mail: that confirms the address as well as a confirmation link would
        user.setEmailConfirmed(true);
        return user;
    }

    /**
     * The one password rule, wherever a password is chosen: at least {@value #MINIMUM_PASSWORD_LENGTH} characters.
     *
     * @param field the input the message belongs beside
     */
    public static void requireAcceptable(String password, String field) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new InvalidInputException(field, "Please choose a password of at least " + MINIMUM_PASSWORD_LENGTH + " characters.");
        }
    }

    public static void requireRepeated(String password, String repeated, String field) {
        if (!password.equals(repeated)) {
            throw new InvalidInputException(field, "The two passwords are not the same; please type it again.");
        }
    }

    private Optional<String> problem(PasswordLink link, String unknown) {
        if (link.isSpent() || !link.getUser().isActive()) {
            return Optional.of(unknown);
        }
        if (link.isExpired(clock.instant())) {
            return Optional.of(link.getPurpose() == PasswordLink.Purpose.CONFIRMATION
                    ? "This confirmation link has expired. Ask for a new one below."
                    : "This link has expired. Ask for a new one with \"Forgot password?\" on the sign-in page.");
        }
        return Optional.empty();
    }

    private Optional<PasswordLink> find(String token, Set<PasswordLink.Purpose> purposes, LockModeType lock) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        List<PasswordLink> found = em.createNamedQuery(PasswordLink.BY_TOKEN_HASH, PasswordLink.class)
                .setParameter("tokenHash", PasswordLink.hash(token.strip())).setLockMode(lock).getResultList();
        return found.stream().filter(link -> purposes.contains(link.getPurpose())).findFirst();
    }
}
