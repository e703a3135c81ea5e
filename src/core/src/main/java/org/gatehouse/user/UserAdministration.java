package org.gatehouse.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.CurrentScope;
import org.gatehouse.access.InAccessScope;
import org.gatehouse.access.RecordNotFoundException;
import org.gatehouse.access.Role;
import org.gatehouse.access.UserKind;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.company.Company;
import org.gatehouse.company.CompanyGate;
import org.gatehouse.company.CompanyKind;
import org.gatehouse.company.Customer;
import org.gatehouse.identity.PasswordLink;
import org.gatehouse.identity.PasswordLinkMail;
import org.gatehouse.identity.UserAccount;
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
                select u from UserAccount u join fetch u.company c where u.kind <> org.gatehouse.access.UserKind.CUSTOMER
                order by c.name, lower(u.email)""", UserAccount.class).getResultStream().map(user -> row(user, true)).toList();
    }

    /** The customer contacts the user sees; those of customers with WRITE can be managed. */
    public List<UserRow> contacts() {
        AccessScope scope = currentScope.get();
        // two queries: EclipseLink cannot bind the Customer criteria's enum literal in a query of two entities
        Map<Long, String> customers = em.createQuery("select k from Customer k", Customer.class).getResultStream()
                .collect(Collectors.toMap(Customer::getId, Customer::getName));
        return em.createQuery("select c from Contact c order by lower(c.email)", Contact.class).getResultStream()
                .map(contact -> new UserRow(contact.getId(), contact.getEmail(), contact.getDisplayName(),
                        customers.get(contact.getCompanyId()), contact.isActive(), scope.canWrite(contact.getCompanyId())))
                .sorted(Comparator.comparing(UserRow::getCompanyName, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The companies the user may invite someone into: for administrators also the operator and the partners. */
    public List<Company> invitableCompanies() {
        AccessScope scope = currentScope.get();
        List<Company> companies = new ArrayList<>();
        if (scope.everything()) {
            companies.addAll(operatorAndPartners());
        }
        em.createQuery("select k from Customer k order by k.name", Customer.class).getResultList().stream()
                .filter(customer -> scope.canWrite(customer.getId()))
                .forEach(customer -> companies.add(CompanyGate.writable(em, customer)));
        return companies;
    }

    /** The operator and the partner companies, for administrators: they are nobody's customer, so no scope filters them. */
    private List<Company> operatorAndPartners() {
        return em.createQuery("select c from Company c where c.kind <> :customer order by c.kind, c.name", Company.class)
                .setParameter("customer", CompanyKind.CUSTOMER).getResultList();
    }

    /**
     * Creates a user without a password and mails them an invitation link.
     *
     * @throws InvalidInputException for an invalid e-mail, one already in use, or a missing name
     */
    public UserAccount invite(String email, String displayName, long companyId) {
        Company company = invitableCompanies().stream().filter(invitable -> invitable.getId() == companyId).findFirst()
                .orElseThrow(() -> new InvalidInputException("company", "Please choose a company you may invite users to."));
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

    /** A new e-mail address for the user; links mailed to the old one stop working. */
    public void changeEmail(long userId, String email) {
        UserAccount user = manageable(userId);
        String before = user.getEmail();
        if (passwordLinkMail.links(em).changeEmail(user, email)) {
            audit("user.email", user, before, user.getEmail());
        }
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

    /** Lets the user sign in again: a contact only when they see no customer the signed-in user does not. */
    public void reactivate(long userId) {
        UserAccount user = manageable(userId);
        if (user.getKind() == UserKind.CUSTOMER && !user.isActive()) {
            ContactChanges.withinActor(em, currentScope.get(), user, user.isGroupLevel());
        }
        setActive(user, true, "user.reactivate");
    }

    /** Whether the operator's staff member or partner user gets case mail. */
    @RolesAllowed(Role.ADMIN)
    public boolean caseMail(long userId) {
        return staffOrPartner(userId).isCaseMail();
    }

    /** Administrators set up case mail for staff and partner users (seed 001: partners get it only this way or by opting in). */
    @RolesAllowed(Role.ADMIN)
    public void setCaseMail(long userId, boolean caseMail) {
        UserAccount user = staffOrPartner(userId);
        if (user.isCaseMail() != caseMail) {
            user.setCaseMail(caseMail);
            audit("user.case-mail", user, Boolean.toString(!caseMail), Boolean.toString(caseMail));
        }
    }

    /**
     * An operator staff member or partner user, for administrators: they are nobody's contact, so no scope filters them.
     * Contacts choose their case mail themselves, in the portal's "My account".
     */
    private UserAccount staffOrPartner(long userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null || user.getKind() == UserKind.CUSTOMER) {
            throw new RecordNotFoundException("User", userId);
        }
        return user;
    }

    private void setActive(UserAccount user, boolean active, String action) {
        if (user.isActive() != active) {
            user.setActive(active);
            audit(action, user, Boolean.toString(!active), Boolean.toString(active));
        }
    }

    /**
     * A user the signed-in user sees: a contact in their scope, or, for administrators, anyone.
     *
     * @throws RecordNotFoundException when the user does not exist or is not visible
     */
    public UserRow get(long userId) {
        UserAccount user = visible(userId);
        return row(user, mayManage(user));
    }

    /** A contact in scope, or for administrators anyone; see {@link #get}. */
    private UserAccount visible(long userId) {
        Contact contact = em.find(Contact.class, userId);
        if (contact != null) {
            return AccountGate.writable(em, contact);
        }
        if (currentScope.get().everything()) {
            return staffOrPartner(userId);
        }
        throw new RecordNotFoundException("User", userId);
    }

    /** Staff and partner users are managed by administrators, who see them all; a contact with WRITE on their customer. */
    private boolean mayManage(UserAccount user) {
        return user.getKind() != UserKind.CUSTOMER || currentScope.get().canWrite(user.getCompany().getId());
    }

    private static UserRow row(UserAccount user, boolean manageable) {
        return new UserRow(user.getId(), user.getEmail(), user.getDisplayName(), user.getCompany().getName(), user.isActive(), manageable);
    }

    /**
     * The user, if the signed-in user may manage them.
     *
     * @throws RecordNotFoundException  when the user does not exist or is not visible
     * @throws WriteNotAllowedException for a contact of a customer with READ only
     */
    private UserAccount manageable(long userId) {
        UserAccount user = visible(userId);
        if (!mayManage(user)) {
            throw new WriteNotAllowedException();
        }
        return user;
    }

    private void audit(String action, UserAccount user, String before, String after) {
        auditLog.record(action, user.auditCustomerId(), user.auditSubject(), before, after);
    }
}
