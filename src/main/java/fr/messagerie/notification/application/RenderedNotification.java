package fr.messagerie.notification.application;

/** A notification ready for its provider: subject and bodies (HTML empty for an SMS). */
public record RenderedNotification(String subject, String text, String html) {}
