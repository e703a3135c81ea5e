package org.gatehouse.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A link that lets its holder set a user's password (an invitation or a password reset), or confirm
 * the e-mail address they registered with. Only the SHA-256 of the token is stored (the token is 32
 * random bytes, so a plain hash is enough); a stolen table opens no account. Spent when used or when a
 * newer link for the user replaces it.
 */
@Entity
@Table(name = "password_link")
@NamedQuery(name = PasswordLink.BY_TOKEN_HASH, query = "select l from PasswordLink l where l.tokenHash = :tokenHash")
@NamedQuery(name = PasswordLink.SPEND_OPEN, query = "update PasswordLink l set l.spentAt = :now where l.user = :user and l.spentAt is null")
public class PasswordLink {

    public static final String BY_TOKEN_HASH = "PasswordLink.byTokenHash";
    public static final String SPEND_OPEN = "PasswordLink.spendOpen";

    /** CONFIRMATION confirms a registered contact's e-mail address; it sets no password. */
    public enum Purpose { INVITATION, RESET, CONFIRMATION }

    @Id
    @SequenceGenerator(name = "password_link_seq", sequenceName = "password_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_link_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Purpose purpose;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "spent_at")
    private Instant spentAt;

    protected PasswordLink() {
    }

    PasswordLink(UserAccount user, String token, Purpose purpose, Instant now, Instant expiresAt) {
        this.user = user;
        this.tokenHash = hash(token);
        this.purpose = purpose;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    public UserAccount getUser() {
        return user;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public boolean isSpent() {
        return spentAt != null;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void spend(Instant now) {
        spentAt = now;
    }
}
