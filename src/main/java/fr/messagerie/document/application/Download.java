package fr.messagerie.document.application;

/** A file ready to be streamed back. */
public record Download(String fileName, String mediaType, byte[] content) {}
