package fr.messagerie.backoffice.domain;

/** What an agent did to a conversation, as its history lists it. */
public enum ConversationEventKind {
    TAKEN,
    ASSIGNED_TO_AGENT,
    ASSIGNED_TO_TEAM,
    REROUTED,
    NOTE_ADDED,
    REPLIED,
    CLOSED,
    REOPENED
}
