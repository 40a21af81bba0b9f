package fr.messagerie.backoffice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    private static final ZoneId PARIS = WorkingDayCalendar.METROPOLITAN_FRANCE;
    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Test
    void aDeadlineAcrossTheEasterWeekendCountsOnlyWorkingDays() {
        // Sent Thursday 2 April 2026; 5 working days skip Saturday, Sunday and Easter Monday (6
        // April).
        Instant sent = Instant.parse("2026-04-02T08:00:00Z");
        Instant due = calendar.dueAt(sent, 5, PARIS);
        assertThat(due.atZone(PARIS).toLocalDate()).hasToString("2026-04-10");

        SlaClock onFriday =
                SlaClock.of(due, Instant.parse("2026-04-03T08:00:00Z"), PARIS, calendar);

        assertThat(onFriday.status()).isEqualTo(SlaStatus.ON_TRACK);
        assertThat(onFriday.workingDays()).isEqualTo(4);
    }

    @Test
    void onTheDueDayNoWorkingDayIsLeftAndItIsDueSoon() {
        Instant due = calendar.dueAt(Instant.parse("2026-04-02T08:00:00Z"), 5, PARIS);

        SlaClock clock = SlaClock.of(due, Instant.parse("2026-04-10T15:00:00Z"), PARIS, calendar);

        assertThat(clock.status()).isEqualTo(SlaStatus.DUE_SOON);
        assertThat(clock.workingDays()).isZero();
    }

    @Test
    void lateness_isCountedInWorkingDaysSkippingTheHoliday() {
        // Due Thursday 30 April 2026; Friday 1 May is a holiday, so on Monday 4 May it is 1 day
        // late.
        Instant due = Instant.parse("2026-04-30T21:59:59Z");

        SlaClock clock = SlaClock.of(due, Instant.parse("2026-05-04T09:00:00Z"), PARIS, calendar);

        assertThat(clock.isOverdue()).isTrue();
        assertThat(clock.workingDays()).isEqualTo(1);
    }

    @Test
    void aFewSecondsLateIsAtLeastOneDayLate() {
        Instant due = Instant.parse("2026-04-10T21:59:59Z");

        SlaClock clock = SlaClock.of(due, due.plusSeconds(5), PARIS, calendar);

        assertThat(clock.isOverdue()).isTrue();
        assertThat(clock.workingDays()).isEqualTo(1);
    }
}
