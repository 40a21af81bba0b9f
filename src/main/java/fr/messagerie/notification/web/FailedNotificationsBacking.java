package fr.messagerie.notification.web;

import fr.messagerie.notification.application.FailedNotification;
import fr.messagerie.notification.application.FailedNotifications;
import fr.messagerie.platform.web.UserMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The admin page of failed notifications: list them, send one again. View-scoped so that a click
 * acts on the row the admin saw: read again at the postback, the list may have gained or lost rows
 * (notifications fail and get re-sent all the time), and a row index would then point elsewhere.
 */
@Named
@ViewScoped
public class FailedNotificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private FailedNotifications failedNotifications;
    @Inject private UserMessages messages;

    private List<FailedNotification> rows;

    public List<FailedNotification> getRows() {
        if (rows == null) {
            rows = failedNotifications.list();
        }
        return rows;
    }

    public void resend(FailedNotification row) {
        if (failedNotifications.resend(row.id())) {
            messages.info("admin.notifications.resent", row.conversationReference());
        } else {
            messages.error("admin.notifications.notFailedAnymore", row.conversationReference());
        }
        rows = null;
    }
}
