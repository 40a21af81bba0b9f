package fr.messagerie.conversation.domain;

/** Who wrote a message: the citizen, or the institution through one of its agents. */
public enum AuthorKind {
    CITIZEN,
    AGENT
}
