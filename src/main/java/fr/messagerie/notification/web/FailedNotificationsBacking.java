package fr.messagerie.notification.web;

import fr.messagerie.notification.application.FailedNotification;
import fr.messagerie.notification.application.FailedNotifications;
import fr.messagerie.platform.web.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The admin page of failed notifications: list them, send one again. */
@Named
@RequestScoped
public class FailedNotificationsBacking {

    @Inject private FailedNotifications failedNotifications;
    @Inject private UserMessages messages;

    private List<FailedNotification> rows;

    public List<FailedNotification> getRows() {
        if (rows == null) {
            rows = failedNotifications.list();
        }
        return rows;
    }

    public void resend(String notificationId) {
        failedNotifications.resend(notificationId);
        rows = null;
        messages.info("admin.notifications.resent");
    }
}
