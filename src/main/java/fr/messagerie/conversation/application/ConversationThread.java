package fr.messagerie.conversation.application;

import java.time.Instant;
import java.util.List;

/**
 * The conversation page: its summary, every message in order, and how far the citizen may act.
 *
 * @param expectedWorkingDays the answer delay announced for the motif (see {@code
 *     ExpectedResponseTime}); null once the first answer came or the conversation is closed
 */
public record ConversationThread(
        ConversationSummary summary,
        List<ThreadMessage> messages,
        Instant expectedAnswerBy,
        Integer expectedWorkingDays,
        boolean acceptsReplies,
        String acknowledgementStatus) {}
