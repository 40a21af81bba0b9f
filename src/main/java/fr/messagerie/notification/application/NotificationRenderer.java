package fr.messagerie.notification.application;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import fr.messagerie.backoffice.domain.WorkingDayCalendar;
import fr.messagerie.notification.domain.Channel;
import fr.messagerie.notification.domain.Notification;
import fr.messagerie.notification.domain.SmsText;
import fr.messagerie.platform.domain.DateLocales;
import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Turns a notification into the words the citizen receives, in their language, from Mustache
 * templates (a text and an HTML variant for mails; HTML output is escaped by Mustache). Never puts
 * a message body in a notification: mails say that something is waiting and link to the portal.
 */
@ApplicationScoped
public class NotificationRenderer {

    static final ZoneId PARIS = WorkingDayCalendar.METROPOLITAN_FRANCE;
    private static final String BUNDLE = "fr.messagerie.i18n.notifications";

    private final MustacheFactory templates = new DefaultMustacheFactory("notification/templates");

    @Inject private ConversationFactsProvider conversations;
    @Inject private NotificationSettings settings;
    @Inject @Any private Instance<NotificationModelContributor> contributors;

    /**
     * A renderer for the notifications of one event: the mail and the SMS of an acknowledgement
     * share their model (the conversation's facts, read once), each channel keeps its template.
     */
    public Models models() {
        return new Models();
    }

    /** Models built so far, one per kind, recipient, subject and language. */
    public final class Models {

        private final Map<List<Object>, Map<String, Object>> built = new HashMap<>();

        private Models() {}

        public RenderedNotification render(Notification notification, Account recipient) {
            Locale locale =
                    "en".equals(recipient.getLocale().getLanguage())
                            ? Locale.ENGLISH
                            : Locale.FRENCH;
            List<Object> key =
                    List.of(
                            notification.getKind(),
                            recipient.getId(),
                            notification.conversationId().map(Object.class::cast).orElse(""),
                            notification.subjectReference().orElse(""),
                            locale);
            Map<String, Object> model =
                    built.computeIfAbsent(key, k -> model(notification, recipient, locale));
            return NotificationRenderer.this.render(notification, locale, model);
        }
    }

    private RenderedNotification render(
            Notification notification, Locale locale, Map<String, Object> model) {
        String name = notification.getKind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String language = locale.getLanguage();
        if (notification.getChannel() == Channel.SMS) {
            String sms = apply(name + "_" + language + ".sms.mustache", model).strip();
            return new RenderedNotification("", SmsText.of(sms).value(), "");
        }
        String subject =
                ResourceBundle.getBundle(BUNDLE, locale)
                        .getString("mail." + name + ".subject")
                        .replace(
                                "{reference}", String.valueOf(model.getOrDefault("reference", "")));
        return new RenderedNotification(
                subject,
                apply(name + "_" + language + ".txt.mustache", model),
                apply(name + "_" + language + ".html.mustache", model));
    }

    private Map<String, Object> model(Notification notification, Account recipient, Locale locale) {
        DateTimeFormatter dateTime =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(DateLocales.forDates(locale))
                        .withZone(PARIS);
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(DateLocales.forDates(locale))
                        .withZone(PARIS);
        DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(PARIS);
        Map<String, Object> model = new HashMap<>();
        model.put("citizenName", recipient.getDisplayName());
        model.put("portalUrl", settings.publicBaseUrl() + "/espace/messagerie/index.xhtml");
        notification
                .conversationId()
                .flatMap(id -> conversations.factsOf(id, locale))
                .ifPresent(
                        facts -> {
                            model.put("reference", facts.reference());
                            model.put("receivedAt", dateTime.format(facts.receivedAt()));
                            model.put("receivedOn", shortDate.format(facts.receivedAt()));
                            model.put("theme", facts.themeLabel());
                            model.put("subject", facts.subjectLabel());
                            model.put("motif", facts.motifLabel());
                            model.put("serviceName", facts.serviceName());
                            // Absent when the team has none: the templates then leave out the
                            // whole "or write to …" clause instead of a sentence with a hole.
                            if (facts.serviceEmail() != null && !facts.serviceEmail().isBlank()) {
                                model.put("serviceEmail", facts.serviceEmail());
                            }
                            model.put("expectedAnswerBy", date.format(facts.expectedAnswerBy()));
                            model.put(
                                    "conversationUrl",
                                    settings.publicBaseUrl()
                                            + "/espace/messagerie/conversation.xhtml?ref="
                                            + facts.reference());
                        });
        notification.subjectReference().ifPresent(reference -> model.put("reference", reference));
        NotificationSubject subject =
                new NotificationSubject(
                        notification.getAccountId(),
                        notification.conversationId().orElse(null),
                        notification.subjectReference().orElse(null));
        for (NotificationModelContributor contributor : contributors) {
            if (contributor.covers(notification.getKind())) {
                contributor.contribute(subject, locale, model);
            }
        }
        return model;
    }

    private String apply(String template, Map<String, Object> model) {
        Mustache mustache = templates.compile(template);
        StringWriter out = new StringWriter();
        mustache.execute(out, model);
        return out.toString();
    }
}
