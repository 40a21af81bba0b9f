package fr.messagerie.conversation.infrastructure;

import fr.messagerie.conversation.domain.ConversationStatus;
import java.time.Instant;

/**
 * What the citizen's home list shows of one conversation, read as columns: a list of twenty lines
 * needs no conversation entities and none of their messages. The unread replies are counted apart,
 * for the listed lines only.
 */
public record CitizenListRow(
        Long id,
        String reference,
        Long motifId,
        Instant createdAt,
        Instant updatedAt,
        ConversationStatus status,
        boolean hidden) {}
