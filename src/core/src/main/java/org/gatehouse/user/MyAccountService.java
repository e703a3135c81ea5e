package org.gatehouse.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gatehouse.access.CurrentScope;
import org.gatehouse.access.InAccessScope;
import org.gatehouse.access.Role;
import org.gatehouse.audit.AuditLog;
import org.gatehouse.identity.PasswordHashing;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;

/** "My account" in both applications: every signed-in user changes their own name, password and case mail; audited. */
@Stateless
@InAccessScope
@RolesAllowed({Role.STAFF, Role.PARTNER, Role.CUSTOMER})
public class MyAccountService {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    CurrentScope currentScope;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    AuditLog auditLog;

    public MyAccount get() {
        AccountSettings settings = settings();
        UserAccount me = settings.me();
        return new MyAccount(me.getEmail(), me.getDisplayName(), me.getKind(), me.isCaseMail(), settings.hasCategoryReadAccess());
    }

    /** @throws InvalidInputException for an empty or too long name */
    public void rename(String displayName) {
        AccountSettings settings = settings();
        String before = settings.rename(displayName);
        if (before != null) {
            audit("user.rename", settings.me(), before, settings.me().getDisplayName());
        }
    }

    /** @throws InvalidInputException for a wrong current password or an unacceptable new one; nothing changes */
    public void changePassword(String current, String password, String repeated) {
        AccountSettings settings = settings();
        settings.changePassword(current, password, repeated, passwordHashing::verify, passwordHashing::hash);
        audit("user.password-change", settings.me(), null, null);
    }

    public void setCaseMail(boolean caseMail) {
        AccountSettings settings = settings();
        if (settings.setCaseMail(caseMail)) {
            audit("user.case-mail", settings.me(), Boolean.toString(!caseMail), Boolean.toString(caseMail));
        }
    }

    private AccountSettings settings() {
        return new AccountSettings(em, currentScope.get());
    }

    private void audit(String action, UserAccount me, String before, String after) {
        auditLog.record(action, me.auditCustomerId(), me.auditSubject(), before, after);
    }
}
