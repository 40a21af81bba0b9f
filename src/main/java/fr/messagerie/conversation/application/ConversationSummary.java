package fr.messagerie.conversation.application;

import fr.messagerie.conversation.domain.ConversationStatus;
import java.time.Instant;

/** One line of the citizen's home list. */
public record ConversationSummary(
        String reference,
        String themeLabel,
        String subjectLabel,
        String motifLabel,
        Instant createdAt,
        Instant updatedAt,
        ConversationStatus status,
        long unreadReplies,
        boolean hidden) {}
