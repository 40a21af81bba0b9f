package fr.messagerie.conversation.domain;

/** Where a conversation stands, as agents work it and as the citizen sees it. */
public enum ConversationStatus {
    NEW,
    IN_PROGRESS,
    WAITING_CITIZEN,
    ANSWERED,
    CLOSED;

    /** A citizen may still write in the conversation. */
    public boolean acceptsCitizenMessages() {
        return this != CLOSED;
    }
}
