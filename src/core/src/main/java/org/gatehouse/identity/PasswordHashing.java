package org.gatehouse.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2 password hashes through Jakarta Security. The iteration count is configurable
 * ({@code gatehouse.password.iterations}); the default is OWASP's recommendation for
 * PBKDF2-HMAC-SHA256. Hashes keep their own count, so raising it does not lock anyone out.
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "gatehouse.password.iterations", defaultValue = "600000")
    int iterations;

    /** Compared against when the account does not exist, so that a wrong e-mail takes as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy password".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    /** False for a missing hash (a user who never set a password). */
    public boolean verify(char[] password, String hash) {
        if (hash == null) {
            pbkdf2.verify(password, decoy);
            return false;
        }
        return pbkdf2.verify(password, hash);
    }
}
