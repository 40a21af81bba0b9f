package fr.messagerie.platform.batch;

import fr.messagerie.backoffice.domain.WorkingDayCalendar;
import jakarta.enterprise.concurrent.CronTrigger;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When the scheduled jobs start, Paris time: the retention every night at 01:15 (after the day's
 * traffic, before the agents' morning; not between 02:00 and 03:00, an hour Paris skips in March
 * and lives twice in October, which would run the job twice that night), the SLA reminders on
 * working days at 07:00 (in the agents' mailboxes when they arrive), the statistics export on the
 * first of the month at 03:30 (the previous month is complete). Kept apart from the scheduling bean
 * so that a unit test reads the next runs without a server.
 */
public final class JobCalendar {

    private static final ZoneId PARIS = WorkingDayCalendar.METROPOLITAN_FRANCE;

    private JobCalendar() {}

    /** Each scheduled job's trigger, by job name. */
    public static Map<String, CronTrigger> triggers() {
        Map<String, CronTrigger> triggers = new LinkedHashMap<>();
        triggers.put(
                BatchJobsCatalog.RETENTION, new CronTrigger(PARIS).hours(1).minutes(15).seconds(0));
        triggers.put(
                BatchJobsCatalog.SLA_REMINDERS,
                new CronTrigger(PARIS)
                        .daysOfWeek(
                                DayOfWeek.MONDAY,
                                DayOfWeek.TUESDAY,
                                DayOfWeek.WEDNESDAY,
                                DayOfWeek.THURSDAY,
                                DayOfWeek.FRIDAY)
                        .hours(7)
                        .minutes(0)
                        .seconds(0));
        triggers.put(
                BatchJobsCatalog.STATISTICS_EXPORT,
                new CronTrigger(PARIS).daysOfMonth(1).hours(3).minutes(30).seconds(0));
        return triggers;
    }
}
