package fr.messagerie.conversation.application;

import java.time.Instant;
import java.util.List;

/** The conversation page: its summary, every message in order, and how far the citizen may act. */
public record ConversationThread(
        ConversationSummary summary,
        List<ThreadMessage> messages,
        Instant expectedAnswerBy,
        boolean acceptsReplies,
        String acknowledgementStatus) {}
