package fr.messagerie.conversation.application;

import fr.messagerie.conversation.domain.AuthorKind;
import fr.messagerie.conversation.domain.Conversation;
import fr.messagerie.conversation.domain.Message;
import fr.messagerie.conversation.domain.MessageText;
import fr.messagerie.conversation.infrastructure.ConversationRepository;
import fr.messagerie.notification.application.NotificationStatusQuery;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * A citizen's own conversations: the home list, a thread, a reply, hiding and showing. Every call
 * starts from the signed-in account and looks conversations up within it, so another citizen's
 * reference answers exactly like a reference that does not exist.
 */
@ApplicationScoped
@Transactional
public class CitizenConversations {

    static final int HOME_LIST_LIMIT = 200;

    @Inject private ConversationRepository conversations;
    @Inject private ReferentialCatalog referential;
    @Inject private NotificationStatusQuery notifications;
    @Inject private Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConversationSummary> homeList(
            Account citizen, boolean includeHidden, Locale locale) {
        return conversations.ofCitizen(citizen.getId(), includeHidden, HOME_LIST_LIMIT).stream()
                .map(conversation -> summary(conversation, locale))
                .toList();
    }

    /** Opens a thread; the institution's replies count as read from now on. */
    public ConversationThread open(Account citizen, String reference, Locale locale) {
        Conversation conversation = owned(citizen, reference);
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
                conversation.getStatus().acceptsCitizenMessages(),
                notifications.acknowledgementStatus(conversation.getId()));
    }

    public void reply(Account citizen, String reference, String text) {
        owned(citizen, reference).addCitizenMessage(MessageText.of(text), clock.instant());
    }

    public void hide(Account citizen, String reference) {
        owned(citizen, reference).hideForCitizen();
    }

    public void show(Account citizen, String reference) {
        owned(citizen, reference).showForCitizen();
    }

    private Conversation owned(Account citizen, String reference) {
        return conversations
                .findByReference(reference == null ? "" : reference.trim().toUpperCase(Locale.ROOT))
                .filter(conversation -> conversation.belongsTo(citizen.getId()))
                .orElseThrow(ConversationNotFoundException::new);
    }

    private ConversationSummary summary(Conversation conversation, Locale locale) {
        Motif motif = referential.motif(conversation.getMotifId()).orElseThrow();
        return new ConversationSummary(
                conversation.getReference(),
                motif.getTheme().getLabel().in(locale),
                motif.getSubject().getLabel().in(locale),
                motif.getLabel().in(locale),
                conversation.getCreatedAt(),
                conversation.getUpdatedAt(),
                conversation.getStatus(),
                conversation.unreadRepliesForCitizen(),
                conversation.isHiddenByCitizen());
    }

    private static ThreadMessage toThreadMessage(Message message) {
        return new ThreadMessage(
                message.getAuthorKind(),
                message.getBody(),
                message.getCreatedAt(),
                message.isUnreadBy(AuthorKind.CITIZEN));
    }
}
