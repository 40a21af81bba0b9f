package fr.messagerie.conversation.application;

import fr.messagerie.conversation.infrastructure.ConversationRepository;
import fr.messagerie.notification.application.ConversationFacts;
import fr.messagerie.notification.application.ConversationFactsProvider;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.referential.domain.Motif;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Tells the notification feature what it needs to know about a conversation. */
@ApplicationScoped
public class ConversationFactsAdapter implements ConversationFactsProvider {

    @Inject private ConversationRepository conversations;
    @Inject private ReferentialCatalog referential;

    @Override
    public Optional<ConversationFacts> factsOf(long conversationId, Locale locale) {
        return conversations
                .findById(conversationId)
                .map(
                        conversation -> {
                            Motif motif =
                                    referential.motif(conversation.getMotifId()).orElseThrow();
                            return new ConversationFacts(
                                    conversation.getReference(),
                                    conversation.getCreatedAt(),
                                    motif.getTheme().getLabel().in(locale),
                                    motif.getSubject().getLabel().in(locale),
                                    motif.getLabel().in(locale),
                                    motif.getTeam().getLabel().in(locale),
                                    Optional.ofNullable(motif.getTeam().getEmail()).orElse(""),
                                    conversation.getDueAt());
                        });
    }

    @Override
    public Map<Long, String> referencesOf(Collection<Long> conversationIds) {
        return conversations.referencesOf(conversationIds);
    }
}
