package fr.messagerie.security.domain;

/**
 * How strong a stored password hash must be: PBKDF2 with HMAC-SHA-512 and at least the configured
 * number of iterations (210,000 by default, the current OWASP guidance for SHA-512). A stored hash
 * carries its own parameters ({@code algorithm:iterations:salt:hash}, the platform's
 * Pbkdf2PasswordHash format), so one computed under an older, weaker rule is still verified with
 * its own parameters, and then recognised here as outdated and replaced.
 */
public record PasswordHashPolicy(String algorithm, int iterations) {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA512";

    public static PasswordHashPolicy withIterations(int iterations) {
        return new PasswordHashPolicy(ALGORITHM, iterations);
    }

    /** True when the stored hash is weaker than this policy, or not in a format it can read. */
    public boolean isOutdated(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 4) {
            return true;
        }
        try {
            return !algorithm.equals(parts[0]) || Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException unreadable) {
            return true;
        }
    }
}
