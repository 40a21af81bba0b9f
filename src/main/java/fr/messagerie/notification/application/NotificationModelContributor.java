package fr.messagerie.notification.application;

import fr.messagerie.notification.domain.NotificationKind;
import java.util.Locale;
import java.util.Map;

/**
 * Implemented by the feature that owns a notification kind whose mail says more than the
 * conversation's facts (a deletion date, a team lead's digest). Called when the notification is
 * rendered, so the mail tells the state at sending time, and this feature needs no knowledge of the
 * others.
 */
public interface NotificationModelContributor {

    /** The kind whose template this contributor feeds. */
    NotificationKind kind();

    /** Adds the template's values to {@code model}; {@code conversationId} may be null. */
    void contribute(
            long recipientId, Long conversationId, Locale locale, Map<String, Object> model);
}
