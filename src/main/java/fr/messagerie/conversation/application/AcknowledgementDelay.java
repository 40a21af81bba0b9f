package fr.messagerie.conversation.application;

import fr.messagerie.backoffice.application.ExpectedResponseTime;
import fr.messagerie.conversation.infrastructure.ConversationRepository;
import fr.messagerie.notification.application.NotificationModelContributor;
import fr.messagerie.notification.application.NotificationSubject;
import fr.messagerie.notification.domain.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;

/**
 * The answer delay the acknowledgement (mail and SMS) announces: the same estimate as the wizard's
 * confirmation and the conversation page, from recent real answers to the motif, else its target.
 * Only the acknowledgement asks for it, so other mails cost no statistics query.
 */
@ApplicationScoped
public class AcknowledgementDelay implements NotificationModelContributor {

    @Inject private ConversationRepository conversations;
    @Inject private ExpectedResponseTime expectedResponseTime;

    @Override
    public boolean covers(NotificationKind kind) {
        return kind == NotificationKind.ACKNOWLEDGEMENT;
    }

    @Override
    public void contribute(NotificationSubject subject, Locale locale, Map<String, Object> model) {
        subject.conversation()
                .flatMap(conversations::findById)
                .ifPresent(
                        conversation -> {
                            int workingDays =
                                    expectedResponseTime
                                            .forMotif(conversation.getMotifId())
                                            .workingDays();
                            model.put("expectedWorkingDays", workingDays);
                            // Templates have no logic: they choose the singular with this flag.
                            model.put("expectedOneWorkingDay", workingDays == 1);
                        });
    }
}
