package fr.messagerie.security.infrastructure;

import fr.messagerie.security.domain.PasswordHashPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one way passwords are hashed and checked: the platform's Pbkdf2PasswordHash (Jakarta
 * Security, on Payara and WildFly alike) set to {@link PasswordHashPolicy}'s algorithm and
 * iterations, with a 32-byte salt and a 64-byte key. The platform's defaults (HMAC-SHA-256, 2,048
 * iterations) are far below current guidance.
 *
 * <p>The decoy hash that an unknown login is checked against is computed once, with the same
 * parameters: an unknown login then costs one hash computation, as a known one does, and timing
 * does not tell which logins exist.
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject Pbkdf2PasswordHash hash;

    /**
     * Lower only where no person's password is at stake: the load harness, whose password sign-in
     * stands for the identity provider's, sets it to the platform's minimum (1,024).
     */
    @Inject
    @ConfigProperty(name = "messagerie.password.iterations", defaultValue = "210000")
    int iterations;

    private PasswordHashPolicy policy;
    private volatile String decoy;

    @PostConstruct
    void configure() {
        policy = PasswordHashPolicy.withIterations(iterations);
        hash.initialize(
                Map.of(
                        "Pbkdf2PasswordHash.Algorithm",
                        policy.algorithm(),
                        "Pbkdf2PasswordHash.Iterations",
                        String.valueOf(policy.iterations()),
                        "Pbkdf2PasswordHash.SaltSizeBytes",
                        "32",
                        "Pbkdf2PasswordHash.KeySizeBytes",
                        "64"));
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    /** Checks with the parameters the stored hash was made with (older ones included). */
    public boolean verify(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }

    public boolean isOutdated(String storedHash) {
        return policy.isOutdated(storedHash);
    }

    /** What an unknown login's password is checked against; computed on first use only. */
    public String decoy() {
        String known = decoy;
        if (known == null) {
            synchronized (this) {
                if (decoy == null) {
                    decoy = hash.generate("decoy-password-for-timing".toCharArray());
                }
                known = decoy;
            }
        }
        return known;
    }
}
