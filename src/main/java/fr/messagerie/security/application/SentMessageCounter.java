package fr.messagerie.security.application;

import java.time.Instant;

/**
 * How many messages an account wrote recently. Implemented by the conversation feature, which owns
 * messages, so that security does not reach into another feature's tables.
 */
public interface SentMessageCounter {

    /** Messages written in the hour and in the day before {@code now}, counted in one read. */
    RecentMessages recentMessages(long accountId, Instant now);

    /** The two windows the message rate limit looks at. */
    record RecentMessages(long lastHour, long lastDay) {}
}
