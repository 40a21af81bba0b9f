package fr.messagerie.conversation.application;

import fr.messagerie.conversation.domain.SubmissionToken;

/** The wizard's final "Envoyer": which motif, what text, under which idempotency token. */
public record SubmitMessage(long motifId, String text, SubmissionToken token) {}
