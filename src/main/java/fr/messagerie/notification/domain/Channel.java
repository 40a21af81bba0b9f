package fr.messagerie.notification.domain;

/** How a notification reaches the citizen. */
public enum Channel {
    MAIL,
    SMS
}
