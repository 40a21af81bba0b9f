/** Storage of conversations, their messages and the wizard's online-service offers (JPA). */
package fr.messagerie.conversation.infrastructure;
