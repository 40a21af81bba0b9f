package fr.messagerie.security.application;

import java.time.Instant;

/**
 * How many messages an account wrote since an instant. Implemented by the conversation feature,
 * which owns messages, so that security does not reach into another feature's tables.
 */
public interface SentMessageCounter {

    long writtenSince(long accountId, Instant since);
}
