package fr.messagerie.document.domain;

/** One refused file of an upload and why, for the citizen's screen. */
public record FileRefusal(String fileName, RefusalReason reason) {}
