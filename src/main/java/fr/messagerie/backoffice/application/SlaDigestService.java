package fr.messagerie.backoffice.application;

import fr.messagerie.backoffice.domain.DeadlineDigest;
import fr.messagerie.backoffice.domain.WorkingDayCalendar;
import fr.messagerie.backoffice.infrastructure.TeamLeads;
import fr.messagerie.conversation.application.AwaitingConversation;
import fr.messagerie.conversation.application.TeamWorkload;
import fr.messagerie.notification.application.NotificationModelContributor;
import fr.messagerie.notification.application.NotificationOutbox;
import fr.messagerie.notification.application.NotificationSettings;
import fr.messagerie.notification.application.NotificationSubject;
import fr.messagerie.notification.domain.NotificationKind;
import fr.messagerie.platform.domain.DateLocales;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.security.infrastructure.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The team lead's daily digest of overdue and soon-due conversations. The job decides who gets one
 * (a lead with nothing late gets no mail); the mail's lists are computed again when it is rendered,
 * so a conversation answered in between no longer appears. Lists references, teams and motifs only:
 * never a message body.
 */
@ApplicationScoped
public class SlaDigestService implements NotificationModelContributor {

    private static final Logger LOG = Logger.getLogger(SlaDigestService.class.getName());
    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Inject private TeamLeads teamLeads;
    @Inject private TeamWorkload workload;
    @Inject private ReferentialCatalog referential;
    @Inject private AccountRepository accounts;
    @Inject private NotificationOutbox outbox;
    @Inject private NotificationSettings settings;
    @Inject private Clock clock;

    public List<Long> teamLeadsAfter(long afterId, int limit) {
        return teamLeads.leadsAfter(afterId, limit);
    }

    public DeadlineDigest<AwaitingConversation> digestFor(long leadId, Instant now) {
        return DeadlineDigest.of(
                workload.awaitingAnswer(teamLeads.teamsLedBy(leadId)),
                AwaitingConversation::dueAt,
                now,
                WorkingDayCalendar.METROPOLITAN_FRANCE,
                calendar);
    }

    /** Enqueues the lead's digest in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(long leadId) {
        accounts.findById(leadId)
                .ifPresent(lead -> outbox.enqueue(NotificationKind.SLA_DIGEST, lead, null));
        LOG.info(() -> "SLA digest queued for account " + leadId);
    }

    @Override
    public boolean covers(NotificationKind kind) {
        return kind == NotificationKind.SLA_DIGEST;
    }

    @Override
    public void contribute(NotificationSubject subject, Locale locale, Map<String, Object> model) {
        long recipientId = subject.recipientId();
        Long conversationId = subject.conversationId();
        DeadlineDigest<AwaitingConversation> digest = digestFor(recipientId, clock.instant());
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(DateLocales.forDates(locale))
                        .withZone(WorkingDayCalendar.METROPOLITAN_FRANCE);
        model.put("overdue", lines(digest.overdue(), locale, date));
        model.put("dueSoon", lines(digest.dueSoon(), locale, date));
        model.put("overdueCount", digest.overdue().size());
        model.put("dueSoonCount", digest.dueSoon().size());
        model.put("agentUrl", settings.publicBaseUrl() + "/agent/index.xhtml");
    }

    private List<Map<String, Object>> lines(
            List<AwaitingConversation> items, Locale locale, DateTimeFormatter date) {
        return items.stream()
                .map(
                        item -> {
                            Motif motif = referential.motif(item.motifId()).orElseThrow();
                            return Map.<String, Object>of(
                                    "reference", item.reference(),
                                    "team", motif.getTeam().getLabel().in(locale),
                                    "motif", motif.getLabel().in(locale),
                                    "dueOn", date.format(item.dueAt()));
                        })
                .toList();
    }
}
