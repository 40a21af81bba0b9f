package fr.messagerie.document.application;

import fr.messagerie.document.domain.ScanStatus;

/** One file on a receipt. */
public record ReceiptLine(
        long fileId, String fileName, long sizeBytes, String sha256, ScanStatus scanStatus) {}
