package fr.messagerie.conversation.application;

/**
 * No such conversation for this person. Deliberately the same answer whether it does not exist or
 * belongs to someone else, so that references cannot be probed.
 */
public class ConversationNotFoundException extends RuntimeException {

    public ConversationNotFoundException() {
        super("Conversation not found");
    }
}
