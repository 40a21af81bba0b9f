/**
 * Conversations between a citizen and the institution: the wizard that opens one, the home list,
 * the thread and the replies.
 */
package fr.messagerie.conversation;
