package fr.messagerie.conversation.application;

import fr.messagerie.backoffice.application.ExpectedResponseTime;
import fr.messagerie.conversation.domain.AuthorKind;
import fr.messagerie.conversation.domain.Conversation;
import fr.messagerie.conversation.domain.ConversationStatus;
import fr.messagerie.conversation.domain.Message;
import fr.messagerie.conversation.domain.MessageText;
import fr.messagerie.conversation.infrastructure.CitizenListRow;
import fr.messagerie.conversation.infrastructure.ConversationRepository;
import fr.messagerie.notification.application.NotificationStatusQuery;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.security.application.AuditActor;
import fr.messagerie.security.application.AuditLog;
import fr.messagerie.security.application.AuditTarget;
import fr.messagerie.security.application.MessageRateLimit;
import fr.messagerie.security.domain.Account;
import fr.messagerie.security.domain.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A citizen's own conversations: the home list, a thread, a reply, hiding and showing. Every call
 * starts from the signed-in account and looks conversations up within it, so another citizen's
 * reference answers exactly like a reference that does not exist.
 */
@ApplicationScoped
@Transactional
public class CitizenConversations {

    @Inject private ConversationRepository conversations;
    @Inject private ReferentialCatalog referential;
    @Inject private NotificationStatusQuery notifications;
    @Inject private MessageRateLimit rateLimit;
    @Inject private AuditLog audit;
    @Inject private ExpectedResponseTime expectedResponseTime;
    @Inject private Clock clock;

    /** The citizen's most recent conversations, at most {@code limit} of them, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConversationSummary> homeList(
            Account citizen, boolean includeHidden, int limit, Locale locale) {
        List<CitizenListRow> rows =
                conversations.listOfCitizen(citizen.getId(), includeHidden, limit, clock.instant());
        Map<Long, Long> unread =
                conversations.unreadRepliesIn(rows.stream().map(CitizenListRow::id).toList());
        // A citizen's conversations share few motifs: each is read once per list, not per row.
        Map<Long, Motif> motifs = new HashMap<>();
        return rows.stream()
                .map(
                        row ->
                                summary(
                                        row.reference(),
                                        motifs.computeIfAbsent(row.motifId(), this::motif),
                                        row.createdAt(),
                                        row.updatedAt(),
                                        row.status(),
                                        unread.getOrDefault(row.id(), 0L),
                                        row.hidden(),
                                        locale))
                .toList();
    }

    /**
     * Opens a thread, and records the opening in the audit trail; the institution's replies count
     * as read from now on.
     */
    public ConversationThread open(Account citizen, String reference, Locale locale) {
        Conversation conversation = owned(citizen, reference);
        audit.recordWithAction(
                AuditAction.CONVERSATION_OPENED,
                AuditActor.of(citizen),
                AuditTarget.conversation(conversation.getReference()),
                null);
        return thread(conversation, locale);
    }

    /**
     * Opens a thread this session has already opened (and audited): the page drawn again after a
     * reply, a refresh, the way back from another page. The trail records who read what and when it
     * was first read in a session; a row per refresh would only add volume.
     */
    public ConversationThread openAgain(Account citizen, String reference, Locale locale) {
        return thread(owned(citizen, reference), locale);
    }

    private ConversationThread thread(Conversation conversation, Locale locale) {
        List<ThreadMessage> messages =
                conversation.getMessages().stream()
                        .map(CitizenConversations::toThreadMessage)
                        .toList();
        ConversationSummary summary = summary(conversation, locale);
        conversation.markRepliesReadByCitizen(clock.instant());
        return new ConversationThread(
                summary,
                messages,
                conversation.getDueAt(),
                conversation.awaitsFirstAnswer()
                        ? expectedResponseTime.forMotif(conversation.getMotifId()).workingDays()
                        : null,
                conversation.getStatus().acceptsCitizenMessages(),
                notifications.acknowledgementStatus(conversation.getId()));
    }

    /**
     * @throws fr.messagerie.security.application.RateLimitExceededException when the citizen sent
     *     too many messages recently (nothing is stored)
     */
    public void reply(Account citizen, String reference, String text) {
        Conversation conversation = owned(citizen, reference);
        rateLimit.check(citizen);
        conversation.addCitizenMessage(MessageText.of(text), clock.instant());
        audit.recordWithAction(
                AuditAction.CITIZEN_REPLIED,
                AuditActor.of(citizen),
                AuditTarget.conversation(conversation.getReference()),
                null);
    }

    public void hide(Account citizen, String reference) {
        owned(citizen, reference).hideForCitizen();
    }

    public void show(Account citizen, String reference) {
        owned(citizen, reference).showForCitizen();
    }

    /**
     * The citizen's conversation, or a refusal that is audited (an IDOR probe shows up in the
     * trail) and answers the same whether the reference exists or belongs to someone else.
     */
    private Conversation owned(Account citizen, String reference) {
        String wanted = reference == null ? "" : reference.trim().toUpperCase(Locale.ROOT);
        return conversations
                .findByReference(wanted)
                .filter(conversation -> conversation.belongsTo(citizen.getId()))
                .orElseThrow(
                        () -> {
                            audit.record(
                                    AuditAction.ACCESS_REFUSED,
                                    AuditActor.of(citizen),
                                    AuditTarget.conversation(wanted),
                                    "not found or not owned");
                            return new ConversationNotFoundException();
                        });
    }

    private ConversationSummary summary(Conversation conversation, Locale locale) {
        return summary(
                conversation.getReference(),
                motif(conversation.getMotifId()),
                conversation.getCreatedAt(),
                conversation.getUpdatedAt(),
                conversation.getStatus(),
                conversation.unreadRepliesForCitizen(),
                conversation.isHiddenByCitizen(),
                locale);
    }

    private ConversationSummary summary(
            String reference,
            Motif motif,
            Instant createdAt,
            Instant updatedAt,
            ConversationStatus status,
            long unreadReplies,
            boolean hidden,
            Locale locale) {
        return new ConversationSummary(
                reference,
                motif.getTheme().getLabel().in(locale),
                motif.getSubject().getLabel().in(locale),
                motif.getLabel().in(locale),
                createdAt,
                updatedAt,
                status,
                unreadReplies,
                hidden);
    }

    private Motif motif(Long motifId) {
        return referential.motif(motifId).orElseThrow();
    }

    private static ThreadMessage toThreadMessage(Message message) {
        return new ThreadMessage(
                message.getAuthorKind(),
                message.getBody(),
                message.getCreatedAt(),
                message.isUnreadBy(AuthorKind.CITIZEN));
    }
}
