/**
 * How notifications travel: the outbox table, the JMS publisher and the message-driven listener,
 * the sweeper that re-publishes what nobody picked up, and the mail and SMS providers.
 */
package fr.messagerie.notification.infrastructure;
