package fr.messagerie.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailedSignInsTest {

    static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
    final FailedSignIns failures = new FailedSignIns(5, Duration.ofMinutes(15), 1000);

    @Test
    void fiveFailuresWithinFifteenMinutesBlockTheLogin() {
        for (int i = 0; i < 4; i++) {
            failures.recordFailure("particulier", T0.plusSeconds(i * 60L));
        }
        assertThat(failures.isBlocked("particulier", T0.plusSeconds(240))).isFalse();
        failures.recordFailure("particulier", T0.plusSeconds(300));
        assertThat(failures.isBlocked("particulier", T0.plusSeconds(301))).isTrue();
    }

    @Test
    void theBlockLiftsWhenTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            failures.recordFailure("particulier", T0.plusSeconds(i));
        }
        assertThat(failures.isBlocked("particulier", T0.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(
                        failures.isBlocked(
                                "particulier", T0.plus(Duration.ofMinutes(15)).plusSeconds(1)))
                .isFalse();
    }

    @Test
    void loginsAreComparedWithoutCaseOrSurroundingSpaces() {
        for (int i = 0; i < 5; i++) {
            failures.recordFailure(i % 2 == 0 ? "Particulier " : "PARTICULIER", T0);
        }
        assertThat(failures.isBlocked("particulier", T0)).isTrue();
    }

    @Test
    void otherLoginsAreNotAffected() {
        for (int i = 0; i < 5; i++) {
            failures.recordFailure("particulier", T0);
        }
        assertThat(failures.isBlocked("particulier2", T0)).isFalse();
    }

    @Test
    void aSuccessForgetsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            failures.recordFailure("particulier", T0);
        }
        failures.forget("particulier");
        failures.recordFailure("particulier", T0);
        assertThat(failures.isBlocked("particulier", T0)).isFalse();
    }

    @Test
    void aFloodOfRandomLoginsIsBoundedAndForgetsTheOldest() {
        FailedSignIns small = new FailedSignIns(1, Duration.ofMinutes(15), 3);
        small.recordFailure("first", T0);
        for (int i = 0; i < 3; i++) {
            small.recordFailure("random" + i, T0);
        }
        assertThat(small.isBlocked("first", T0)).isFalse();
        assertThat(small.isBlocked("random2", T0)).isTrue();
    }
}
