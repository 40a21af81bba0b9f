package fr.messagerie.conversation.domain;

import java.time.Instant;

/** Everything needed to open a conversation, decided before it is stored. */
public record NewConversation(
        ConversationReference reference,
        SubmissionToken token,
        long citizenId,
        String audience,
        long motifId,
        long teamId,
        Instant dueAt,
        MessageText text) {}
