package fr.messagerie.notification.domain;

/** Why a citizen is notified; each kind has its templates. */
public enum NotificationKind {
    /** The citizen's message was received (mail and SMS). */
    ACKNOWLEDGEMENT,
    /**
     * An agent answered: a reply is waiting in the portal (mail, and SMS if the citizen chose it).
     */
    REPLY_WAITING,
    /** The documents a citizen sent were received: the receipt lists each file (mail only). */
    DOCUMENT_RECEIPT,
    /** An appointment request was received (mail only). */
    APPOINTMENT_REQUESTED,
    /** An agent confirmed an appointment slot (mail only). */
    APPOINTMENT_CONFIRMED,
    /** An agent declined an appointment request, with a reason (mail only). */
    APPOINTMENT_DECLINED,
    /** The citizen cancelled an appointment (mail only). */
    APPOINTMENT_CANCELLED;

    /** Only the conversation kinds have SMS templates; the others are mailed. */
    public boolean offersSms() {
        return this == ACKNOWLEDGEMENT || this == REPLY_WAITING;
    }
}
