package fr.messagerie.notification.application;

import java.util.Optional;

/**
 * What a notification is about, as contributors see it: its recipient, and the conversation or the
 * other feature's reference (a document receipt, an appointment) when there is one.
 */
public record NotificationSubject(long recipientId, Long conversationId, String reference) {

    public Optional<Long> conversation() {
        return Optional.ofNullable(conversationId);
    }

    public Optional<String> subjectReference() {
        return Optional.ofNullable(reference);
    }
}
