package fr.messagerie.backoffice.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Counts working days, Monday to Friday except public holidays, the unit in which the institution
 * promises answers to citizens.
 */
public final class WorkingDayCalendar {

    /** The zone in which metropolitan France's days begin and end. */
    public static final ZoneId METROPOLITAN_FRANCE = ZoneId.of("Europe/Paris");

    // A deadline covers the whole due day: a reply sent late in the evening is still on time.
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final Predicate<LocalDate> isPublicHoliday;

    /** A calendar of metropolitan France's public holidays. */
    public WorkingDayCalendar() {
        this(FrenchPublicHolidays::isHoliday);
    }

    /** A calendar with other public holidays, e.g. for a region that observes more of them. */
    public WorkingDayCalendar(Predicate<LocalDate> isPublicHoliday) {
        this.isPublicHoliday = Objects.requireNonNull(isPublicHoliday, "isPublicHoliday");
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday.test(date);
    }

    /**
     * The date reached after {@code days} working days, the start day itself not counted: Friday
     * plus one is Monday. Whatever day the count starts on, it ends on a working day, except that
     * zero days returns {@code start} unchanged. Negative counts go back in time.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        int step = days >= 0 ? 1 : -1;
        LocalDate date = start;
        for (int left = Math.abs(days); left > 0; ) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /**
     * How many working days lie after {@code from} up to and including {@code to}. When {@code to}
     * comes first the count is negative and still includes {@code to} but not {@code from}, so that
     * it stays the inverse of {@link #addWorkingDays} in both directions: {@code
     * addWorkingDays(from, workingDaysBetween(from, to))} is {@code to} for any working day.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -countWorkingDays(to, from.minusDays(1));
        }
        return countWorkingDays(from.plusDays(1), to);
    }

    private int countWorkingDays(LocalDate firstIncluded, LocalDate lastIncluded) {
        int count = 0;
        for (LocalDate date = firstIncluded; !date.isAfter(lastIncluded); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The last second of the due working day, counted from the local date on which the message was
     * submitted in {@code zone}: a message sent at 00:30 in Paris on 1 January is counted from 1
     * January even though it is still 31 December in UTC.
     */
    public Instant dueAt(Instant submittedAt, int workingDays, ZoneId zone) {
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(zone, "zone");
        LocalDate submittedOn = submittedAt.atZone(zone).toLocalDate();
        LocalDate dueOn = addWorkingDays(submittedOn, workingDays);
        return dueOn.atTime(END_OF_DAY).atZone(zone).toInstant();
    }
}
