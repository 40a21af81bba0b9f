package fr.messagerie.notification.domain;

/** Why someone is notified; each kind has its templates. */
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
    APPOINTMENT_CANCELLED,
    /** A closed conversation's content will be deleted soon (retention policy; mail only). */
    RETENTION_WARNING,
    /** A team lead's daily list of overdue and soon-due conversations (mail only, no bodies). */
    SLA_DIGEST,
    /** A conversation waiting for the citizen for too long was closed automatically (mail only). */
    AUTO_CLOSED;

    /**
     * Whether this kind may go by SMS. Only the conversation kinds have SMS templates; the others
     * are mailed: an SMS costs money and a receipt or a digest does not fit in one.
     */
    public boolean allowsSms() {
        return this == ACKNOWLEDGEMENT || this == REPLY_WAITING;
    }
}
