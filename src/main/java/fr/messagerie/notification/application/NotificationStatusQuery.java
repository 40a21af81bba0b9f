package fr.messagerie.notification.application;

import fr.messagerie.notification.domain.Channel;
import fr.messagerie.notification.domain.Notification;
import fr.messagerie.notification.domain.NotificationKind;
import fr.messagerie.notification.domain.NotificationStatus;
import fr.messagerie.notification.infrastructure.NotificationStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What the citizen is told about their notifications, e.g. on the conversation page. */
@ApplicationScoped
public class NotificationStatusQuery {

    @Inject private NotificationStore store;

    /**
     * The acknowledgement mail's state as the citizen sees it: SENT, PENDING (also while being
     * sent), FAILED, or NOT_SENT (no address); NONE if there is none.
     */
    public String acknowledgementStatus(long conversationId) {
        return store.ofConversation(conversationId).stream()
                .filter(n -> n.getKind() == NotificationKind.ACKNOWLEDGEMENT)
                .filter(n -> n.getChannel() == Channel.MAIL)
                .map(Notification::getStatus)
                .map(
                        status ->
                                status == NotificationStatus.SENDING
                                        ? NotificationStatus.PENDING
                                        : status)
                .map(Enum::name)
                .findFirst()
                .orElse("NONE");
    }
}
