package fr.messagerie.notification.domain;

/** Why a citizen is notified; each kind has its templates. */
public enum NotificationKind {
    /** The citizen's message was received (mail and SMS). */
    ACKNOWLEDGEMENT,
    /**
     * An agent answered: a reply is waiting in the portal (mail, and SMS if the citizen chose it).
     */
    REPLY_WAITING
}
