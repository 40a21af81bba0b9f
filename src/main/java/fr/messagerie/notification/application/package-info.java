/**
 * The notification feature's API (the outbox other features write to) and its delivery logic: claim
 * a pending notification, render it, hand it to the provider, record the outcome.
 */
package fr.messagerie.notification.application;
