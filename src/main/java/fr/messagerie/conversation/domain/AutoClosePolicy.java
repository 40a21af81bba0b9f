package fr.messagerie.conversation.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A conversation waiting for the citizen's answer is closed when nothing happened in it for {@code
 * waitingDays} calendar days. "Nothing happened" is read from the last activity (any message or
 * status change), so a citizen who writes resets the clock.
 */
public record AutoClosePolicy(int waitingDays) {

    public static final int DEFAULT_WAITING_DAYS = 15;

    public AutoClosePolicy {
        if (waitingDays < 1) {
            throw new IllegalArgumentException("The waiting period must be at least one day");
        }
    }

    /** Conversations whose last activity is before this instant have waited long enough. */
    public Instant lastActivityBefore(Instant now) {
        return now.minus(Duration.ofDays(waitingDays));
    }

    public boolean isDue(ConversationStatus status, Instant lastActivity, Instant now) {
        return status == ConversationStatus.WAITING_CITIZEN
                && lastActivity.isBefore(lastActivityBefore(now));
    }
}
