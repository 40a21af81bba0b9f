/**
 * Notifications owed to citizens (the outbox rows), their states and the retry policy: plain rules
 * that decide what happens after each delivery attempt.
 */
package fr.messagerie.notification.domain;
