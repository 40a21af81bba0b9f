package fr.messagerie.conversation.application;

import java.time.Instant;

/** What the confirmation page tells the citizen after sending. */
public record SubmissionReceipt(
        String reference, Instant receivedAt, Instant expectedAnswerBy, int expectedWorkingDays) {}
