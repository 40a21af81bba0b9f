package fr.messagerie.notification;

import fr.messagerie.notification.infrastructure.NotificationStore;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fault injection for {@link NotificationFaultsIT}, deployed only with that test: recording a
 * successful delivery fails the first time for every notification, as if the consumer broke right
 * after the provider accepted the message.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class FailingOnceMarkSentStore extends NotificationStore {

    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

    @Override
    public void markSent(List<String> ids, Instant at) {
        if (failedOnce.addAll(ids)) {
            throw new IllegalStateException("simulated failure after the provider accepted " + ids);
        }
        super.markSent(ids, at);
    }
}
