package fr.messagerie.notification.application;

import fr.messagerie.notification.domain.NotificationKind;
import java.util.Locale;
import java.util.Map;

/**
 * Implemented by a feature whose notifications are about something with its own reference (a
 * document receipt, an appointment): it supplies the template values for that reference, in the
 * recipient's language, when the mail is rendered. Keeps this feature free of their internals.
 */
public interface NotificationDetailsProvider {

    boolean covers(NotificationKind kind);

    /** Template values; lists are lists of maps for Mustache sections. */
    Map<String, Object> detailsOf(String reference, Locale locale);
}
