package fr.messagerie.backoffice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DeadlineDigestTest {

    // Wednesday 2 December 2026, 10:00 in Paris.
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Test
    void listsOverdueAndDueSoonAndLeavesOutWhatIsOnTrack() {
        Instant yesterday = Instant.parse("2026-12-01T22:59:59Z");
        Instant tomorrow = Instant.parse("2026-12-03T22:59:59Z");
        Instant nextWeek = Instant.parse("2026-12-09T22:59:59Z");

        DeadlineDigest<Instant> digest =
                DeadlineDigest.of(
                        List.of(yesterday, tomorrow, nextWeek),
                        Function.identity(),
                        NOW,
                        WorkingDayCalendar.METROPOLITAN_FRANCE,
                        calendar);

        assertThat(digest.overdue()).containsExactly(yesterday);
        assertThat(digest.dueSoon()).containsExactly(tomorrow);
        assertThat(digest.isEmpty()).isFalse();
    }

    @Test
    void aLeadWhoseConversationsAreAllOnTrackGetsAnEmptyDigest() {
        DeadlineDigest<Instant> digest =
                DeadlineDigest.of(
                        List.of(Instant.parse("2026-12-15T22:59:59Z")),
                        Function.identity(),
                        NOW,
                        WorkingDayCalendar.METROPOLITAN_FRANCE,
                        calendar);
        assertThat(digest.isEmpty()).isTrue();
    }
}
