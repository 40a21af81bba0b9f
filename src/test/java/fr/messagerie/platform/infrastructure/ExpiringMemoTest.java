package fr.messagerie.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExpiringMemoTest {

    private Instant now = Instant.parse("2026-12-04T10:00:00Z");
    private final Clock clock =
            new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            };
    private final AtomicInteger computations = new AtomicInteger();

    private String compute(Long key) {
        return key + "#" + computations.incrementAndGet();
    }

    @Test
    void aValueIsComputedOncePerKeyWithinItsLifetime() {
        ExpiringMemo<Long, String> memo = new ExpiringMemo<>(Duration.ofMinutes(5), clock);

        assertThat(memo.get(1L, this::compute)).isEqualTo("1#1");
        now = now.plus(Duration.ofMinutes(4));
        assertThat(memo.get(1L, this::compute)).isEqualTo("1#1");
        assertThat(memo.get(2L, this::compute)).isEqualTo("2#2");
        assertThat(computations).hasValue(2);
    }

    @Test
    void anExpiredValueIsComputedAgain() {
        ExpiringMemo<Long, String> memo = new ExpiringMemo<>(Duration.ofMinutes(5), clock);
        memo.get(1L, this::compute);

        now = now.plus(Duration.ofMinutes(5));

        assertThat(memo.get(1L, this::compute)).isEqualTo("1#2");
    }

    @Test
    void aZeroLifetimeRemembersNothing() {
        ExpiringMemo<Long, String> memo = new ExpiringMemo<>(Duration.ZERO, clock);

        memo.get(1L, this::compute);
        memo.get(1L, this::compute);

        assertThat(computations).hasValue(2);
    }
}
