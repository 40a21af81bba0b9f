package fr.messagerie.notification.application;

import fr.messagerie.notification.domain.Channel;
import fr.messagerie.notification.domain.Notification;
import fr.messagerie.security.domain.Account;

/** A provider for one channel (mail, SMS). The notification id travels with what is sent. */
public interface NotificationSender {

    Channel channel();

    void send(Notification notification, Account recipient, RenderedNotification content)
            throws DeliveryException;
}
