package fr.messagerie.conversation.application;

import fr.messagerie.backoffice.domain.WorkingDayCalendar;
import fr.messagerie.conversation.domain.Conversation;
import fr.messagerie.conversation.domain.ConversationReference;
import fr.messagerie.conversation.domain.MessageText;
import fr.messagerie.conversation.domain.NewConversation;
import fr.messagerie.conversation.domain.SubmissionToken;
import fr.messagerie.conversation.infrastructure.ConversationRepository;
import fr.messagerie.notification.application.NotificationOutbox;
import fr.messagerie.notification.domain.NotificationKind;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.security.application.MessageRateLimit;
import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One transaction per "Envoyer": the conversation, its first message and the acknowledgement
 * notifications are stored together or not at all.
 */
@ApplicationScoped
public class ConversationSubmitter {

    static final ZoneId PARIS = WorkingDayCalendar.METROPOLITAN_FRANCE;

    private final SecureRandom random = new SecureRandom();
    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Inject private ConversationRepository conversations;
    @Inject private ReferentialCatalog referential;
    @Inject private NotificationOutbox outbox;
    @Inject private MessageRateLimit rateLimit;
    @Inject private Clock clock;

    @Transactional
    public SubmissionReceipt submitOnce(Account citizen, SubmitMessage request) {
        Optional<Conversation> already = existing(citizen, request);
        if (already.isPresent()) {
            return receipt(already.get());
        }
        // After the idempotency check: resending the same form is never refused.
        rateLimit.check(citizen);
        Motif motif =
                referential
                        .selectableMotif(citizen.getAudience(), request.motifId())
                        .orElseThrow(() -> new MotifNotSelectableException(request.motifId()));
        MessageText text = MessageText.of(request.text());
        Instant now = clock.instant();
        Conversation conversation =
                Conversation.open(
                        new NewConversation(
                                newReference(now),
                                request.token(),
                                citizen.getId(),
                                citizen.getAudience().name(),
                                motif.getId(),
                                motif.getTeam().getId(),
                                calendar.dueAt(now, motif.getSlaWorkingDays(), PARIS),
                                text),
                        now);
        conversations.add(conversation);
        // Flush now: a concurrent submit of the same token fails here, inside this call.
        conversations.flush();
        outbox.enqueue(NotificationKind.ACKNOWLEDGEMENT, citizen, conversation.getId());
        return receipt(conversation);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubmissionReceipt> findExisting(Account citizen, SubmitMessage request) {
        return findExisting(citizen, request.token());
    }

    /** The receipt of what this citizen already sent under {@code token}, if anything. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubmissionReceipt> findExisting(Account citizen, SubmissionToken token) {
        return existing(citizen, token).map(this::receipt);
    }

    private Optional<Conversation> existing(Account citizen, SubmitMessage request) {
        return existing(citizen, request.token());
    }

    private Optional<Conversation> existing(Account citizen, SubmissionToken token) {
        return conversations
                .findBySubmissionToken(token.value())
                .filter(conversation -> conversation.belongsTo(citizen.getId()));
    }

    private ConversationReference newReference(Instant now) {
        Year year = Year.from(now.atZone(PARIS));
        ConversationReference reference;
        do {
            reference = ConversationReference.generate(year, random);
        } while (conversations.referenceExists(reference.value()));
        return reference;
    }

    SubmissionReceipt receipt(Conversation conversation) {
        int workingDays =
                referential
                        .motif(conversation.getMotifId())
                        .map(Motif::getSlaWorkingDays)
                        .orElse(0);
        return new SubmissionReceipt(
                conversation.getReference(),
                conversation.getCreatedAt(),
                conversation.getDueAt(),
                workingDays);
    }
}
