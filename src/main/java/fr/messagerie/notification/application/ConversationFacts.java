package fr.messagerie.notification.application;

import java.time.Instant;

/**
 * What a notification says about its conversation, in the recipient's language. Supplied by the
 * conversation feature through {@link ConversationFactsProvider}, so this feature does not depend
 * on conversation internals.
 */
public record ConversationFacts(
        String reference,
        Instant receivedAt,
        String themeLabel,
        String subjectLabel,
        String motifLabel,
        String serviceName,
        String serviceEmail,
        Instant expectedAnswerBy) {}
