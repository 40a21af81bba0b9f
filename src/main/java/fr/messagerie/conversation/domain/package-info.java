/**
 * The rules a conversation obeys whatever the screen or the transport: what a message body may
 * contain and how long it may be, how a conversation is named to the citizen and the agent, and how
 * a double click or a replayed form is recognised as the same submission. Plain Java on purpose, so
 * that the web layer, the persistence layer and unit tests all share one definition.
 */
package fr.messagerie.conversation.domain;
