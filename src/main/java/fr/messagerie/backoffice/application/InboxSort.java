package fr.messagerie.backoffice.application;

/** The orders the inbox offers; each maps to one indexed SQL expression, never to user text. */
public enum InboxSort {
    /** Unanswered first, nearest deadline first: what to answer next. */
    URGENCY,
    CREATED,
    REFERENCE,
    STATUS,
    CITIZEN
}
