package fr.messagerie.backoffice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlaStatusTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    // Monday 13 January 2025, end of day in Paris.
    private final Instant dueMonday = Instant.parse("2025-01-13T22:59:59Z");

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    private SlaStatus statusAt(String parisTime) {
        return SlaStatus.of(dueMonday, paris(parisTime), PARIS, calendar);
    }

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource({
        "2025-01-06T09:00, ON_TRACK",
        "2025-01-09T17:00, ON_TRACK",
        // From Friday the Monday deadline is one working day away: the weekend does not count.
        "2025-01-10T08:00, DUE_SOON",
        "2025-01-11T12:00, DUE_SOON",
        "2025-01-13T08:00, DUE_SOON",
        "2025-01-13T23:59:59, DUE_SOON",
        "2025-01-14T00:00, OVERDUE",
        "2025-02-01T10:00, OVERDUE"
    })
    void statusDependsOnWorkingDaysLeft(String parisTime, SlaStatus expected) {
        assertThat(statusAt(parisTime)).isEqualTo(expected);
    }

    @Test
    void oneSecondAfterTheDeadlineIsOverdue() {
        assertThat(SlaStatus.of(dueMonday, dueMonday.plusSeconds(1), PARIS, calendar))
                .isEqualTo(SlaStatus.OVERDUE);
    }

    @Test
    void exactlyAtTheDeadlineIsStillDueSoon() {
        assertThat(SlaStatus.of(dueMonday, dueMonday, PARIS, calendar))
                .isEqualTo(SlaStatus.DUE_SOON);
    }

    @Test
    void aPublicHolidayDoesNotCountAsTimeLeft() {
        Instant dueTuesdayAfterEaster = paris("2025-04-22T23:59:59");

        assertThat(SlaStatus.of(dueTuesdayAfterEaster, paris("2025-04-18T10:00"), PARIS, calendar))
                .isEqualTo(SlaStatus.DUE_SOON);
        assertThat(SlaStatus.of(dueTuesdayAfterEaster, paris("2025-04-17T10:00"), PARIS, calendar))
                .isEqualTo(SlaStatus.ON_TRACK);
    }

    @Test
    void daysAreThoseOfTheGivenZone() {
        Instant thursdayInUtcButFridayInParis = Instant.parse("2025-01-09T23:30:00Z");

        assertThat(SlaStatus.of(dueMonday, thursdayInUtcButFridayInParis, PARIS, calendar))
                .isEqualTo(SlaStatus.DUE_SOON);
        assertThat(SlaStatus.of(dueMonday, thursdayInUtcButFridayInParis, ZoneOffset.UTC, calendar))
                .isEqualTo(SlaStatus.ON_TRACK);
    }

    @Test
    void agreesWithTheDeadlineComputedByTheCalendar() {
        // Wednesday 29 April 2026 + 3 working days, over the 1 May bridge: Tuesday 5 May.
        Instant submitted = paris("2026-04-29T15:00");
        Instant due = calendar.dueAt(submitted, 3, PARIS);

        assertThat(SlaStatus.of(due, submitted, PARIS, calendar)).isEqualTo(SlaStatus.ON_TRACK);
        assertThat(SlaStatus.of(due, paris("2026-04-30T09:00"), PARIS, calendar))
                .isEqualTo(SlaStatus.ON_TRACK);
        assertThat(SlaStatus.of(due, paris("2026-05-04T09:00"), PARIS, calendar))
                .isEqualTo(SlaStatus.DUE_SOON);
        assertThat(SlaStatus.of(due, paris("2026-05-05T18:00"), PARIS, calendar))
                .isEqualTo(SlaStatus.DUE_SOON);
        assertThat(SlaStatus.of(due, paris("2026-05-06T00:00"), PARIS, calendar))
                .isEqualTo(SlaStatus.OVERDUE);
    }
}
