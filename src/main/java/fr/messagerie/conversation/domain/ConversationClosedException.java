package fr.messagerie.conversation.domain;

/** A closed conversation takes no new message; the citizen starts a new one instead. */
public class ConversationClosedException extends RuntimeException {

    public ConversationClosedException(String reference) {
        super("Conversation " + reference + " is closed");
    }
}
