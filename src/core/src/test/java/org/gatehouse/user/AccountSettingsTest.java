package org.gatehouse.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.BiPredicate;
import java.util.function.Function;
import org.gatehouse.access.WriteNotAllowedException;
import org.gatehouse.identity.UserAccount;
import org.gatehouse.testing.Installation;
import org.gatehouse.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "My account": every user changes their own name, password and case mail, and nothing in a "view as" session. */
class AccountSettingsTest {

    private static final long RETAIL = 1_000_010;
    private static final long ALPHA = 1_000_020;
    private static final long STAFF = 2_000_001;
    private static final long PARTNER_USER = 2_000_002;
    private static final long ALICE = 2_000_010;
    private static final long BOB = 2_000_011;
    private static final String CURRENT = "the current password";
    private static final String NEW = "a brand new password";
    /** Stand in for PBKDF2, which needs the server: enough to see which password is set. */
    private static final Function<char[], String> HASHING = password -> "hash:" + new String(password);
    private static final BiPredicate<char[], String> VERIFY = (password, hash) -> HASHING.apply(password).equals(hash);

    private Installation installation;

    @BeforeEach
    void installation() {
        installation = new Installation().staff(STAFF, false).partnerUser(PARTNER_USER)
                .group(RETAIL, "Retail", "4821").customer(ALPHA, "Alpha Ltd", RETAIL, null).contact(ALICE, ALPHA).contact(BOB, ALPHA);
        installation.sql("update user_account set password_hash = ?", "hash:" + CURRENT);
        // as a partner user invited in the back office starts (seed 001: partners opt in)
        installation.sql("update user_account set case_mail = false where id = ?", PARTNER_USER);
    }

    @Test
    void aUserRenamesThemselvesOnly() {
        String before = Installation.as(ALICE, (em, scope) -> new AccountSettings(em, scope).rename("  Alice Archer "));

        assertThat(before).isEqualTo("Contact " + ALICE);
        assertThat(name(ALICE)).isEqualTo("Alice Archer");
        assertThat(name(BOB)).isEqualTo("Contact " + BOB);
        String unchanged = Installation.as(ALICE, (em, scope) -> new AccountSettings(em, scope).rename("Alice Archer"));
        assertThat(unchanged).as("no change").isNull();
        assertThatThrownBy(() -> Installation.as(ALICE, (em, scope) -> new AccountSettings(em, scope).rename(" ")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.getField()).isEqualTo("displayName"));
        assertThat(name(ALICE)).isEqualTo("Alice Archer");
    }

    @Test
    void aNewPasswordNeedsTheCurrentOneAndTwelveCharactersTypedTwice() {
        assertPasswordRefused("not the password", NEW, NEW, "currentPassword");
        assertPasswordRefused(CURRENT, "elevenchars", "elevenchars", "newPassword");
        assertPasswordRefused(CURRENT, NEW, NEW + "!", "repeatedPassword");
        assertThat(hash(STAFF)).isEqualTo("hash:" + CURRENT);

        Installation.as(STAFF, (em, scope) -> {
            new AccountSettings(em, scope).changePassword(CURRENT, NEW, NEW, VERIFY, HASHING);
            return null;
        });

        assertThat(hash(STAFF)).isEqualTo("hash:" + NEW);
        assertThat(hash(ALICE)).as("nobody else's").isEqualTo("hash:" + CURRENT);
    }

    @Test
    void aPartnerUserOptsIntoCaseMail() {
        boolean before = Installation.as(PARTNER_USER, (em, scope) -> new AccountSettings(em, scope).me().isCaseMail());
        assertThat(before).isFalse();

        boolean changed = Installation.as(PARTNER_USER, (em, scope) -> new AccountSettings(em, scope).setCaseMail(true));
        assertThat(changed).isTrue();

        assertThat(installation.count("select count(*) from user_account where id = " + PARTNER_USER + " and case_mail")).isEqualTo(1);
        boolean again = Installation.as(PARTNER_USER, (em, scope) -> new AccountSettings(em, scope).setCaseMail(true));
        assertThat(again).as("no change").isFalse();
    }

    @Test
    void nothingChangesInAViewAsSession() {
        assertThatThrownBy(() -> Installation.as(ALICE, (em, scope) -> new AccountSettings(em, scope.readOnly()).rename("Someone else")))
                .isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> Installation.as(ALICE, (em, scope) -> new AccountSettings(em, scope.readOnly()).setCaseMail(false)))
                .isInstanceOf(WriteNotAllowedException.class);
        assertThatThrownBy(() -> Installation.as(ALICE, (em, scope) -> {
            new AccountSettings(em, scope.readOnly()).changePassword(CURRENT, NEW, NEW, VERIFY, HASHING);
            return null;
        })).isInstanceOf(WriteNotAllowedException.class);

        assertThat(name(ALICE)).isEqualTo("Contact " + ALICE);
        assertThat(hash(ALICE)).isEqualTo("hash:" + CURRENT);
        assertThat(installation.count("select count(*) from user_account where id = " + ALICE + " and case_mail")).isEqualTo(1);
    }

    private void assertPasswordRefused(String current, String password, String repeated, String field) {
        assertThatThrownBy(() -> Installation.as(STAFF, (em, scope) -> {
            new AccountSettings(em, scope).changePassword(current, password, repeated, VERIFY, HASHING);
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.getField()).isEqualTo(field));
    }

    private static String name(long userId) {
        return Installation.as(userId, (em, scope) -> em.find(UserAccount.class, userId).getDisplayName());
    }

    private static String hash(long userId) {
        return Installation.as(userId, (em, scope) -> em.find(UserAccount.class, userId).getPasswordHash());
    }
}
