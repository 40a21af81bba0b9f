package fr.messagerie.security.domain;

/** The period over which a rate limit counts. */
public enum RateWindow {
    HOUR,
    DAY
}
