package fr.messagerie.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLifetimeFilterTest {

    static final Instant SIGNED_IN = Instant.parse("2026-11-29T08:00:00Z");
    static final Duration EIGHT_HOURS = Duration.ofHours(8);

    @Test
    void aSessionLastsEightHoursFromSignInWhateverItsActivity() {
        long at = SIGNED_IN.toEpochMilli();
        assertThat(
                        SessionLifetimeFilter.isOver(
                                at, SIGNED_IN.plus(Duration.ofHours(7)), EIGHT_HOURS))
                .isFalse();
        assertThat(SessionLifetimeFilter.isOver(at, SIGNED_IN.plus(EIGHT_HOURS), EIGHT_HOURS))
                .isTrue();
    }
}
