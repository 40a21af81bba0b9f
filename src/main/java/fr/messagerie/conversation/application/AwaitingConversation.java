package fr.messagerie.conversation.application;

import java.time.Instant;

/** A conversation that awaits the institution's answer, as deadline reports need it: no content. */
public record AwaitingConversation(
        long id, String reference, long teamId, long motifId, Instant dueAt) {}
