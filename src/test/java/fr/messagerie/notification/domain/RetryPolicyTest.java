package fr.messagerie.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant FAILED_AT = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void delaysDoubleAfterEachFailedAttempt() {
        RetryPolicy policy = RetryPolicy.production();

        assertThat(policy.nextAttempt(1, FAILED_AT)).contains(FAILED_AT.plusSeconds(30));
        assertThat(policy.nextAttempt(2, FAILED_AT)).contains(FAILED_AT.plusSeconds(60));
        assertThat(policy.nextAttempt(3, FAILED_AT)).contains(FAILED_AT.plusSeconds(120));
    }

    @Test
    void delaysAreCappedSoRetriesKeepComingWhileTheyLast() {
        RetryPolicy policy = RetryPolicy.production();

        assertThat(policy.nextAttempt(9, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofHours(2)));
    }

    @Test
    void theLastAttemptGivesUpInsteadOfRetryingForever() {
        RetryPolicy policy = RetryPolicy.production();

        assertThat(policy.nextAttempt(10, FAILED_AT)).isEmpty();
    }

    @Test
    void allProductionRetriesEndWithinHoursNotDays() {
        RetryPolicy policy = RetryPolicy.production();
        Instant at = FAILED_AT;
        for (int attempts = 1; policy.nextAttempt(attempts, at).isPresent(); attempts++) {
            at = policy.nextAttempt(attempts, at).orElseThrow();
        }

        assertThat(Duration.between(FAILED_AT, at))
                .isBetween(Duration.ofHours(4), Duration.ofHours(24));
    }
}
