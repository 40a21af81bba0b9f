package fr.messagerie.notification.application;

import java.util.Locale;
import java.util.Optional;

/** Implemented by the conversation feature: the facts a notification about a conversation needs. */
public interface ConversationFactsProvider {

    Optional<ConversationFacts> factsOf(long conversationId, Locale locale);
}
