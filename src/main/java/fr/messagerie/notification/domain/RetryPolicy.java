package fr.messagerie.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try again after a provider failure: delays that double from a base (30 s in production),
 * capped, for a bounded number of attempts (about nine hours in all with the production values),
 * then give up so that an admin sees the failure instead of a notification retried forever.
 */
public record RetryPolicy(Duration baseDelay, Duration maxDelay, int maxAttempts) {

    public RetryPolicy {
        if (baseDelay.isNegative() || baseDelay.isZero() || maxAttempts < 1) {
            throw new IllegalArgumentException("Retry policy needs a positive delay and attempts");
        }
    }

    public static RetryPolicy production() {
        return new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(2), 10);
    }

    /**
     * The next attempt after {@code attemptsMade} failed ones, or empty when it is time to stop.
     */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant failedAt) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        int exponent = Math.min(Math.max(attemptsMade - 1, 0), 20);
        Duration delay = baseDelay.multipliedBy(1L << exponent);
        return Optional.of(failedAt.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay));
    }
}
