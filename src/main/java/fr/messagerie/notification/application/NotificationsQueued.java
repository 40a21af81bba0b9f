package fr.messagerie.notification.application;

import java.util.List;

/**
 * CDI event: these notifications were written to the outbox. Observed after the transaction
 * commits, never before, so that a consumer never looks for a row that does not exist yet.
 */
public record NotificationsQueued(List<String> notificationIds) {}
