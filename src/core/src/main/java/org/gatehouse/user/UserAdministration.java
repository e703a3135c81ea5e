package org.gatehouse.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.CurrentScope;
import org.gatehouse.access.InAccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.access.UserKind;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.company.Company;
import org.gatehouse.company.CompanyKind;
import org.gatehouse.company.Customer;
import org.gatehouse.validation.InvalidInputException;

/**
 * Inviting users and managing their access, in the back office. Administrators manage operator staff
 * and partner users; customer contacts are managed by whoever has WRITE on their customer. A user
 * outside that answers "not found". Every change is audited in its own transaction, with its mail.
 */
@Stateless
@InAccessScope
@RolesAllowed(Role.STAFF)
public class UserAdministration {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    CurrentScope currentScope;

    @Inject
    AuditLog auditLog;

    @Inject
    PasswordLinkMail passwordLinkMail;

    /** Operator staff and partner users, for administrators. */
    @RolesAllowed(Role.ADMIN)
    public List<UserRow> staffAndPartners() {
        return em.createQuery("""
                select new org.gatehouse.user.UserRow(u.id, u.email, u.displayName, c.name, u.active, true)
                from UserAccount u join u.company c where u.kind <> org.gatehouse.access.UserKind.CUSTOMER
                order by c.name, lower(u.email)""", UserRow.class).getResultList();
    }

    /** The customer contacts the user sees; those of customers with WRITE can be managed. */
    public List<UserRow> contacts() {
        AccessScope scope = currentScope.get();
        List<Object[]> rows = em.createQuery("""
                select c, k.name from Contact c, Customer k where k.id = c.companyId
                order by k.name, lower(c.email)""", Object[].class).getResultList();
        return rows.stream().map(row -> {
            Contact contact = (Contact) row[0];
            return new UserRow(contact.getId(), contact.getEmail(), contact.getDisplayName(), (String) row[1],
                    contact.isActive(), scope.canWrite(contact.getCompanyId()));
        }).toList();
    }

    /** The companies the user may invite someone into: for administrators also the operator and the partners. */
    public List<Company> invitableCompanies() {
        AccessScope scope = currentScope.get();
        List<Company> companies = new ArrayList<>();
        if (scope.everything()) {
            companies.addAll(em.createQuery("select c from Company c where c.kind <> :customer order by c.kind, c.name", Company.class)
                    .setParameter("customer", CompanyKind.CUSTOMER).getResultList());
        }
        em.createQuery("select k from Customer k order by k.name", Customer.class).getResultList().stream()
                .filter(customer -> scope.canWrite(customer.getId()))
                .forEach(customer -> companies.add(em.find(Company.class, customer.getId())));
        return companies;
    }

    /**
     * Creates a user without a password and mails them an invitation link.
     *
     * @throws InvalidInputException for an invalid e-mail, one already in use, or a missing name
     */
    public UserAccount invite(String email, String displayName, long companyId) {
        Company company = em.find(Company.class, companyId);
        if (company == null || !invitableCompanies().contains(company)) {
            throw new InvalidInputException("company", "Please choose a company you may invite users to.");
        }
        UserAccount user = passwordLinkMail.links(em).createInvited(email, displayName, company);
        passwordLinkMail.send(em, user, PasswordLink.Purpose.INVITATION);
        audit("user.invite", user, null, user.getKind().name());
        return user;
    }

    /** A new invitation link; the one sent before stops working. */
    public void resend(long userId) {
        UserAccount user = manageable(userId);
        passwordLinkMail.send(em, user, PasswordLink.Purpose.INVITATION);
        audit("user.resend", user, null, null);
    }

    /** Mails the user a link to set a new password; the current one keeps working until then. */
    public void resetPassword(long userId) {
        UserAccount user = manageable(userId);
        passwordLinkMail.send(em, user, PasswordLink.Purpose.RESET);
        audit("user.password-reset", user, null, null);
    }

    /** The user can no longer sign in, and their open sessions end at their next request. */
    public void deactivate(long userId) {
        UserAccount user = manageable(userId);
        if (user.getId() == currentScope.get().userId()) {
            throw new InvalidInputException(null, "You cannot deactivate yourself.");
        }
        setActive(user, false, "user.deactivate");
    }

    public void reactivate(long userId) {
        setActive(manageable(userId), true, "user.reactivate");
    }

    private void setActive(UserAccount user, boolean active, String action) {
        if (user.isActive() != active) {
            user.setActive(active);
            audit(action, user, Boolean.toString(!active), Boolean.toString(active));
        }
    }

    /**
     * The user, if the signed-in user may manage them.
     *
     * @throws RecordNotFoundException    when the user does not exist or is not visible
     * @throws WriteNotAllowedException   for a contact of a customer with READ only
     */
    private UserAccount manageable(long userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        AccessScope scope = currentScope.get();
        if (user == null) {
            throw new RecordNotFoundException("User", userId);
        }
        if (user.getKind() == UserKind.CUSTOMER) {
            Contact contact = em.find(Contact.class, userId);
            if (contact == null) {
                throw new RecordNotFoundException("User", userId);
            }
            if (!scope.canWrite(contact.getCompanyId())) {
                throw new WriteNotAllowedException();
            }
        } else if (!scope.everything()) {
            throw new RecordNotFoundException("User", userId);
        }
        return user;
    }

    private void audit(String action, UserAccount user, String before, String after) {
        auditLog.record(action, customerOf(user), subject(user), before, after);
    }

    static Long customerOf(UserAccount user) {
        return user.getKind() == UserKind.CUSTOMER ? user.getCompany().getId() : null;
    }

    static String subject(UserAccount user) {
        return "User " + user.getId() + " " + user.getEmail();
    }
}
