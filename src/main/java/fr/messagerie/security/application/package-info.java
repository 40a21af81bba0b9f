/**
 * What other features ask the security feature: who is signed in, as which account; may this
 * citizen send one more message (rate limit); was this login failing too often (sign-in throttle);
 * and the audit trail, written through {@link fr.messagerie.security.application.AuditLog} only.
 */
package fr.messagerie.security.application;
