package fr.messagerie.security.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Recent failed sign-ins per login, in memory: after {@code maxFailures} failures within {@code
 * window}, the login is refused until the oldest of them leaves the window (sliding window). Keyed
 * by the login as typed (case-insensitive), whether it exists or not, so that the refusal itself
 * tells nothing about which logins exist.
 *
 * <p>Bounded: at most {@code maxTrackedLogins} logins are remembered, the least recently failed
 * forgotten first, so a flood of random logins cannot fill the heap. Per server instance: behind a
 * load balancer with N instances an attacker gets at most N times the budget, which still turns a
 * password-guessing campaign from millions of tries into a handful per quarter hour.
 */
public final class FailedSignIns {

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures;

    public FailedSignIns(int maxFailures, Duration window, int maxTrackedLogins) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.failures =
                new LinkedHashMap<>(64, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                        return size() > maxTrackedLogins;
                    }
                };
    }

    public synchronized boolean isBlocked(String login, Instant now) {
        Deque<Instant> recent = failures.get(key(login));
        if (recent == null) {
            return false;
        }
        forgetOld(recent, now);
        return recent.size() >= maxFailures;
    }

    public synchronized void recordFailure(String login, Instant now) {
        Deque<Instant> recent = failures.computeIfAbsent(key(login), k -> new ArrayDeque<>());
        forgetOld(recent, now);
        recent.addLast(now);
        while (recent.size() > maxFailures) {
            recent.removeFirst();
        }
    }

    public synchronized void forget(String login) {
        failures.remove(key(login));
    }

    private void forgetOld(Deque<Instant> recent, Instant now) {
        Instant oldestKept = now.minus(window);
        for (Iterator<Instant> it = recent.iterator(); it.hasNext(); ) {
            if (!it.next().isAfter(oldestKept)) {
                it.remove();
            } else {
                return;
            }
        }
    }

    private static String key(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
