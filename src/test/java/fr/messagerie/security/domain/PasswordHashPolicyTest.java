package fr.messagerie.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashPolicyTest {

    private final PasswordHashPolicy policy = PasswordHashPolicy.withIterations(210_000);

    @Test
    void aHashMadeUnderThePolicyIsCurrent() {
        assertThat(policy.isOutdated("PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==")).isFalse();
        assertThat(policy.isOutdated("PBKDF2WithHmacSHA512:600000:c2FsdA==:aGFzaA==")).isFalse();
    }

    @Test
    void thePlatformsDefaultsAndFewerIterationsAreOutdated() {
        assertThat(policy.isOutdated("PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA==")).isTrue();
        assertThat(policy.isOutdated("PBKDF2WithHmacSHA512:1024:c2FsdA==:aGFzaA==")).isTrue();
    }

    @Test
    void anUnreadableHashIsOutdated() {
        assertThat(policy.isOutdated(null)).isTrue();
        assertThat(policy.isOutdated("plain")).isTrue();
        assertThat(policy.isOutdated("PBKDF2WithHmacSHA512:many:c2FsdA==:aGFzaA==")).isTrue();
    }
}
