package fr.messagerie.document.application;

import java.util.List;

/**
 * What the citizen sends: files, optionally the motif or the conversation they belong to, and a
 * short comment.
 */
public record UploadRequest(
        List<IncomingFile> files, Long motifId, String conversationReference, String comment) {}
