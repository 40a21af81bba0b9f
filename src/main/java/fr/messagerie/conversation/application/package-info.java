/**
 * The conversation feature's services: send a new request (idempotent, with its notifications in
 * the same transaction), read and answer one's own conversations, hide and show them.
 */
package fr.messagerie.conversation.application;
