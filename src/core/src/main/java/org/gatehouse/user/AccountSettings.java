package org.gatehouse.user;

import jakarta.persistence.EntityManager;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.gatehouse.access.AccessScope;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.identity.PasswordLinks;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.validation.InvalidInputException;

/**
 * The rules of "My account", for the signed-in user's own record only: their name, their password and
 * whether they get case mail. Nothing changes in a "view as" session. The caller audits each change.
 */
public final class AccountSettings {

    private static final int NAME_LENGTH = 200;

    private final EntityManager em;
    private final AccessScope scope;

    /** @param em a persistence context in the caller's transaction */
    public AccountSettings(EntityManager em, AccessScope scope) {
        this.em = em;
        this.scope = scope;
    }

    /** The signed-in user's own record. */
    public UserAccount me() {
        return AccountGate.own(em, scope);
    }

    /** Whether the signed-in contact holds a category read access: their case mail then covers the group's cases too. */
    public boolean hasCategoryReadAccess() {
        return !em.createQuery("select a.id from CategoryReadAccess a where a.contact.id = :id")
                .setParameter("id", scope.userId()).getResultList().isEmpty();
    }

    /** @return the name before, when it changed; null when it stayed the same */
    public String rename(String displayName) {
        UserAccount me = writableMe();
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > NAME_LENGTH) {
            throw new InvalidInputException("displayName", "Please enter your name (at most " + NAME_LENGTH + " characters).");
        }
        String before = me.getDisplayName();
        if (before.equals(name)) {
            return null;
        }
        me.setDisplayName(name);
        return before;
    }

    /**
     * Sets a new password after checking the current one; sessions stay signed in.
     *
     * @param verify  whether a password matches a stored hash
     * @param hashing turns the new password into the stored hash
     * @throws InvalidInputException for a wrong current password or an unacceptable new one; nothing changes
     */
    public void changePassword(String current, String password, String repeated,
                               BiPredicate<char[], String> verify, Function<char[], String> hashing) {
        UserAccount me = writableMe();
        if (current == null || current.isEmpty() || !verify.test(current.toCharArray(), me.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "This is not your current password.");
        }
        PasswordLinks.requireAcceptable(password, "newPassword");
        PasswordLinks.requireRepeated(password, repeated, "repeatedPassword");
        me.setPasswordHash(hashing.apply(password.toCharArray()));
    }

    /** @return whether the choice changed */
    public boolean setCaseMail(boolean caseMail) {
        UserAccount me = writableMe();
        if (me.isCaseMail() == caseMail) {
            return false;
        }
        me.setCaseMail(caseMail);
        return true;
    }

    private UserAccount writableMe() {
        if (scope.isReadOnly()) {
            throw new WriteNotAllowedException("You are viewing the portal as someone else: their account cannot be changed from here.");
        }
        return me();
    }
}
