package fr.messagerie.platform.batch;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.CronTrigger;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobCalendarTest {

    private static List<ZonedDateTime> nextRuns(String job, String from, int count) {
        CronTrigger trigger = JobCalendar.triggers().get(job);
        List<ZonedDateTime> runs = new ArrayList<>();
        ZonedDateTime after = ZonedDateTime.parse(from);
        for (int i = 0; i < count; i++) {
            ZonedDateTime next = trigger.getNextRunTime(null, after);
            runs.add(next);
            // As the container does with the last run's end: the next run is strictly later.
            after = next.plusMinutes(1);
        }
        return runs;
    }

    @Test
    void everyScheduledJobHasATriggerAndOnlyThem() {
        assertThat(JobCalendar.triggers())
                .containsOnlyKeys(
                        BatchJobsCatalog.RETENTION,
                        BatchJobsCatalog.SLA_REMINDERS,
                        BatchJobsCatalog.STATISTICS_EXPORT);
    }

    @Test
    void theRetentionRunsOnceEveryNightAtAQuarterPastOneParisTimeAcrossBothClockChanges() {
        // 25 October 2026: at 03:00 the clocks go back to 02:00 in Paris (UTC+2 to UTC+1).
        assertThat(nextRuns(BatchJobsCatalog.RETENTION, "2026-10-24T12:00+02:00[Europe/Paris]", 3))
                .extracting(ZonedDateTime::toOffsetDateTime)
                .extracting(Object::toString)
                .containsExactly(
                        "2026-10-25T01:15+02:00",
                        "2026-10-26T01:15+01:00",
                        "2026-10-27T01:15+01:00");
        // 28 March 2027: at 02:00 the clocks go forward to 03:00.
        assertThat(nextRuns(BatchJobsCatalog.RETENTION, "2027-03-27T12:00+01:00[Europe/Paris]", 2))
                .extracting(ZonedDateTime::toOffsetDateTime)
                .extracting(Object::toString)
                .containsExactly("2027-03-28T01:15+01:00", "2027-03-29T01:15+02:00");
    }

    @Test
    void theReminderRunsAtSevenOnWorkingDaysOnly() {
        // Friday 4 December 2026, after 07:00: next Monday, then Tuesday.
        assertThat(
                        localRuns(
                                BatchJobsCatalog.SLA_REMINDERS,
                                "2026-12-04T08:00+01:00[Europe/Paris]"))
                .containsExactly("2026-12-07T07:00", "2026-12-08T07:00");
    }

    @Test
    void theStatisticsExportRunsOnTheFirstOfTheMonthAtHalfPastThree() {
        assertThat(
                        localRuns(
                                BatchJobsCatalog.STATISTICS_EXPORT,
                                "2026-12-04T08:00+01:00[Europe/Paris]"))
                .containsExactly("2027-01-01T03:30", "2027-02-01T03:30");
    }

    /** The next two runs after {@code from}, as Paris wall-clock times. */
    private static List<String> localRuns(String job, String from) {
        return nextRuns(job, from, 2).stream()
                .map(run -> run.toLocalDateTime().toString())
                .toList();
    }
}
