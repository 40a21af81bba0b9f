package fr.messagerie.notification.domain;

/**
 * A notification's life: PENDING until a dispatcher claims it (SENDING), then SENT; back to PENDING
 * with a later attempt when the provider fails; FAILED when retries are exhausted or a delivery was
 * interrupted (an admin decides to re-send); NOT_SENT when the citizen has no address for the
 * channel.
 */
public enum NotificationStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    NOT_SENT
}
