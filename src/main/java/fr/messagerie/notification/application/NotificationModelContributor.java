package fr.messagerie.notification.application;

import fr.messagerie.notification.domain.NotificationKind;
import java.util.Locale;
import java.util.Map;

/**
 * Implemented by the feature that owns a notification kind whose mail says more than the
 * conversation's facts (a document receipt, an appointment, a deletion date, a team lead's digest).
 * Called when the notification is rendered, so the mail tells the state at sending time, and this
 * feature needs no knowledge of the others. The one way to feed a template.
 */
public interface NotificationModelContributor {

    /** Whether this contributor feeds the templates of that kind. */
    boolean covers(NotificationKind kind);

    /** Adds the template's values to {@code model}; lists are lists of maps for sections. */
    void contribute(NotificationSubject subject, Locale locale, Map<String, Object> model);
}
