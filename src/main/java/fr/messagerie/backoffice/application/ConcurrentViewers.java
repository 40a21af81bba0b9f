package fr.messagerie.backoffice.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has a conversation open right now, so that two agents do not answer the same citizen twice.
 * Each open page sends a heartbeat (a poll every 20 seconds); a viewer unheard of for 45 seconds is
 * gone. Kept in memory: on a cluster each instance only knows its own viewers, which makes the
 * warning best-effort (sticky sessions keep it accurate; a shared table would make it exact). It is
 * only a warning: the real guard against lost updates is the conversation's version column.
 */
@ApplicationScoped
public class ConcurrentViewers {

    static final Duration FORGET_AFTER = Duration.ofSeconds(45);

    private final Map<Long, Map<String, Instant>> viewers = new ConcurrentHashMap<>();

    @Inject private Clock clock;

    /** Records that {@code viewerName} is on the page; returns the others still there. */
    public List<String> heartbeat(long conversationId, String viewerName) {
        Instant now = clock.instant();
        Map<String, Instant> onPage =
                viewers.computeIfAbsent(conversationId, id -> new ConcurrentHashMap<>());
        onPage.put(viewerName, now);
        onPage.values().removeIf(seen -> seen.plus(FORGET_AFTER).isBefore(now));
        return onPage.keySet().stream().filter(name -> !name.equals(viewerName)).sorted().toList();
    }

    public void left(long conversationId, String viewerName) {
        Map<String, Instant> onPage = viewers.get(conversationId);
        if (onPage != null) {
            onPage.remove(viewerName);
        }
    }
}
