package fr.messagerie.security.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    /** Records what the platform's hash is asked to do. */
    static final class RecordingHash implements Pbkdf2PasswordHash {
        final Map<String, String> parameters = new HashMap<>();
        int generated;

        @Override
        public void initialize(Map<String, String> parameters) {
            this.parameters.putAll(parameters);
        }

        @Override
        public String generate(char[] password) {
            generated++;
            return "PBKDF2WithHmacSHA512:210000:c2FsdA==:h" + generated;
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            return false;
        }
    }

    private static PasswordHashing hashing(RecordingHash hash, int iterations) {
        PasswordHashing hashing = new PasswordHashing();
        hashing.hash = hash;
        hashing.iterations = iterations;
        hashing.configure();
        return hashing;
    }

    @Test
    void thePlatformsHashIsSetToTheConfiguredPolicy() {
        RecordingHash hash = new RecordingHash();
        hashing(hash, 210_000);

        assertThat(hash.parameters)
                .containsEntry("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512")
                .containsEntry("Pbkdf2PasswordHash.Iterations", "210000")
                .containsEntry("Pbkdf2PasswordHash.SaltSizeBytes", "32")
                .containsEntry("Pbkdf2PasswordHash.KeySizeBytes", "64");
    }

    /** Unknown logins then cost one verification, like known ones, not a generation too. */
    @Test
    void theDecoyIsComputedOnceForEveryUnknownLogin() {
        RecordingHash hash = new RecordingHash();
        PasswordHashing hashing = hashing(hash, 210_000);

        String first = hashing.decoy();
        String second = hashing.decoy();

        assertThat(second).isSameAs(first);
        assertThat(hash.generated).isEqualTo(1);
        assertThat(hashing.isOutdated(first)).isFalse();
    }

    @Test
    void aHashUnderAnOlderPolicyIsRecognised() {
        PasswordHashing hashing = hashing(new RecordingHash(), 210_000);

        assertThat(hashing.isOutdated("PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA==")).isTrue();
    }
}
