package fr.messagerie.conversation.domain;

/** The guide's three options when the wizard proposes an online service (step 3). */
public enum OnlineServiceChoice {
    /** "J'utilise le service en ligne": the citizen leaves for the service. */
    USED_SERVICE,
    /** Closes the dialog and writes the message anyway. */
    WROTE_MESSAGE,
    /** Closes the dialog and changes the theme, subject or motif. */
    CHANGED_SELECTION
}
