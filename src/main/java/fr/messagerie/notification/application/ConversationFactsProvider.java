package fr.messagerie.notification.application;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Implemented by the conversation feature: the facts a notification about a conversation needs. */
public interface ConversationFactsProvider {

    Optional<ConversationFacts> factsOf(long conversationId, Locale locale);

    /** The references of these conversations, by id; a deleted conversation is simply absent. */
    Map<Long, String> referencesOf(Collection<Long> conversationIds);
}
