package fr.messagerie.conversation.application;

import fr.messagerie.conversation.domain.AutoClosePolicy;
import fr.messagerie.notification.application.NotificationModelContributor;
import fr.messagerie.notification.application.NotificationSubject;
import fr.messagerie.notification.domain.NotificationKind;
import fr.messagerie.platform.batch.JobParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The automatic-closing period from the configuration (a job parameter may override it for one
 * run), and the value the AUTO_CLOSED mail states.
 */
@ApplicationScoped
public class AutoCloseSettings implements NotificationModelContributor {

    @Inject
    @ConfigProperty(name = "messagerie.auto-close.waiting-days", defaultValue = "15")
    private int waitingDays;

    public AutoClosePolicy policy(String waitingDaysParameter) {
        return new AutoClosePolicy(JobParameters.intOr(waitingDaysParameter, waitingDays));
    }

    @Override
    public boolean covers(NotificationKind kind) {
        return kind == NotificationKind.AUTO_CLOSED;
    }

    @Override
    public void contribute(NotificationSubject subject, Locale locale, Map<String, Object> model) {
        long recipientId = subject.recipientId();
        Long conversationId = subject.conversationId();
        model.put("waitingDays", waitingDays);
    }
}
