package fr.messagerie.notification.application;

import java.io.Serializable;
import java.time.Instant;

/** A notification that could not be delivered, as an admin reviews it (no personal data). */
public record FailedNotification(
        String id,
        String kind,
        String channel,
        String conversationReference,
        Instant createdAt,
        int attempts,
        String lastError)
        implements Serializable {}
