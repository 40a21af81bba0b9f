package fr.messagerie.platform.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a computed value per key for a while: for figures that may be a few minutes old (a
 * statistic), so that a hot path computes each one once per period instead of once per request. A
 * lifetime of zero remembers nothing. Keys are few (one per motif, say): entries are replaced,
 * never evicted.
 */
public final class ExpiringMemo<K, V> {

    private record Entry<V>(V value, Instant expiresAt) {}

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final Clock clock;

    public ExpiringMemo(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /**
     * The remembered value, or a fresh one. Two threads missing the same key at once may both
     * compute it: cheaper than holding a lock around a database query.
     */
    public V get(K key, Function<K, V> compute) {
        if (lifetime.isZero()) {
            return compute.apply(key);
        }
        Instant now = clock.instant();
        Entry<V> entry = entries.get(key);
        if (entry != null && now.isBefore(entry.expiresAt())) {
            return entry.value();
        }
        V value = compute.apply(key);
        entries.put(key, new Entry<>(value, now.plus(lifetime)));
        return value;
    }
}
