package fr.messagerie.conversation.application;

import fr.messagerie.backoffice.domain.WorkingDayCalendar;
import fr.messagerie.conversation.domain.Conversation;
import fr.messagerie.conversation.domain.RetentionPolicy;
import fr.messagerie.conversation.infrastructure.ConversationRepository;
import fr.messagerie.conversation.infrastructure.batch.RetentionSettings;
import fr.messagerie.notification.application.NotificationModelContributor;
import fr.messagerie.notification.application.NotificationSubject;
import fr.messagerie.notification.domain.NotificationKind;
import fr.messagerie.platform.domain.DateLocales;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/** The dates a retention warning states: when the request was closed, when it will be deleted. */
@ApplicationScoped
public class RetentionWarningContent implements NotificationModelContributor {

    private static final ZoneId PARIS = WorkingDayCalendar.METROPOLITAN_FRANCE;

    @Inject private ConversationRepository conversations;
    @Inject private RetentionSettings settings;

    @Override
    public boolean covers(NotificationKind kind) {
        return kind == NotificationKind.RETENTION_WARNING;
    }

    @Override
    public void contribute(NotificationSubject subject, Locale locale, Map<String, Object> model) {
        long recipientId = subject.recipientId();
        Long conversationId = subject.conversationId();
        if (conversationId == null) {
            return;
        }
        conversations
                .findById(conversationId)
                .ifPresent(conversation -> addDates(conversation, locale, model));
    }

    private void addDates(Conversation conversation, Locale locale, Map<String, Object> model) {
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(DateLocales.forDates(locale))
                        .withZone(PARIS);
        RetentionPolicy policy = settings.policy();
        Instant closedAt = conversation.closedAt().orElse(conversation.getUpdatedAt());
        Instant warnedAt = conversation.retentionWarnedAt().orElse(Instant.now());
        model.put("closedOn", date.format(closedAt));
        model.put("deletionOn", date.format(policy.deletionDate(closedAt, warnedAt)));
    }
}
