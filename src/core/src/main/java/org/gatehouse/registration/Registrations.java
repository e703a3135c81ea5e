package org.gatehouse.registration;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.gatehouse.access.UserKind;
import org.gatehouse.company.Company;
import org.gatehouse.company.CustomerGroup;
import org.gatehouse.persistence.TransactionLock;
import org.gatehouse.identity.PasswordLinks;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;

/**
 * The rules of self-registration with a customer-group code (seed 000 step 14), in the caller's
 * transaction: who is refused, and what a registration creates. Nobody is signed in, so there is no
 * scope here; the code decides the group, and the group decides which of the operator's staff see the
 * new customer.
 */
public final class Registrations {

    /** Unknown codes from one address within {@link #WINDOW} after which that address is refused. */
    public static final int WRONG_CODES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int NAME_LENGTH = 200;

    private final EntityManager em;
    private final Clock clock;
    private final Function<char[], String> hashing;

    /** @param hashing turns the chosen password into the stored hash */
    public Registrations(EntityManager em, Clock clock, Function<char[], String> hashing) {
        this.em = em;
        this.clock = clock;
        this.hashing = hashing;
    }

    /**
     * Registers a new customer company and its first contact, a company administrator whose address is
     * not yet confirmed, or says why not.
     *
     * @param clientAddress where the request came from, as the server sees it
     * @throws InvalidInputException for a missing or invalid field; nothing changes and nothing is counted
     */
    public RegistrationOutcome register(RegistrationForm form, String clientAddress) {
        String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress.strip();
        address = address.length() > 64 ? address.substring(0, 64) : address;
        // one registration at a time per address: parallel guesses must not all pass the count before one is recorded
        TransactionLock.lock(em, "registration " + address);
        Instant now = clock.instant();
        em.createNamedQuery(RegistrationRefusal.DELETE_BEFORE).setParameter("before", now.minus(WINDOW)).executeUpdate();
        List<Instant> recent = em.createNamedQuery(RegistrationRefusal.RECENT, Instant.class)
                .setParameter("address", address).setParameter("since", now.minus(WINDOW)).setMaxResults(WRONG_CODES).getResultList();
        if (recent.size() >= WRONG_CODES) {
            return new RegistrationOutcome.Throttled(recent.get(WRONG_CODES - 1).plus(WINDOW));
        }
        String companyName = required(form.companyName(), "companyName", "Please enter your company's name (at most 200 characters).");
        String name = required(form.name(), "name", "Please enter your name (at most 200 characters).");
        String email = PasswordLinks.validEmail(form.email());
        PasswordLinks.requireAcceptable(form.password(), "password");
        String code = form.groupCode() == null ? "" : form.groupCode().strip();
        if (code.isEmpty()) {
            throw new InvalidInputException("groupCode", "Please enter the customer-group code you were given, such as Retail-4821.");
        }
        List<CustomerGroup> groups = em.createNamedQuery(CustomerGroup.BY_CODE, CustomerGroup.class).setParameter("code", code).getResultList();
        if (groups.isEmpty()) {
            em.persist(new RegistrationRefusal(address, now));
            return new RegistrationOutcome.UnknownCode();
        }
        // hashed whether the address is taken or not: a quicker answer would tell that it is
        String passwordHash = hashing.apply(form.password().toCharArray());
        List<UserAccount> owners = em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class).setParameter("email", email).getResultList();
        if (!owners.isEmpty()) {
            return new RegistrationOutcome.AddressInUse(owners.get(0));
        }
        Company customer = Company.customer(companyName, groups.get(0), null);
        em.persist(customer);
        UserAccount contact = new UserAccount(email, name, UserKind.CUSTOMER, customer);
        contact.setCompanyAdministrator(true);
        contact.setEmailConfirmed(false);
        contact.setPasswordHash(passwordHash);
        em.persist(contact);
        em.flush();
        return new RegistrationOutcome.Registered(contact);
    }

    private static String required(String value, String field, String message) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > NAME_LENGTH) {
            throw new InvalidInputException(field, message);
        }
        return stripped;
    }
}
