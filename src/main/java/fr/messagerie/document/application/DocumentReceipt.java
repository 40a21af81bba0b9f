package fr.messagerie.document.application;

import java.time.Instant;
import java.util.List;

/** What was received in one upload, as the screen and the mail show it. */
public record DocumentReceipt(
        String reference,
        Instant receivedAt,
        String motifLabel,
        String conversationReference,
        String comment,
        List<ReceiptLine> files) {}
