package fr.messagerie.backoffice.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** Where a conversation stands against its answer deadline, for sorting and flagging queues. */
public enum SlaStatus {
    /** More than one working day is left. */
    ON_TRACK,
    /** The deadline is today or on the next working day: it should be answered now. */
    DUE_SOON,
    /** The deadline has passed. */
    OVERDUE;

    // One working day of warning lets an agent plan the answer before the last day.
    private static final int DUE_SOON_WORKING_DAYS = 1;

    /**
     * The status at {@code now} of a conversation due at {@code dueAt}. Being overdue is decided to
     * the second; closeness is counted in working days between the local dates in {@code zone}, so
     * that a weekend does not make a Monday deadline look distant on Friday.
     */
    public static SlaStatus of(
            Instant dueAt, Instant now, ZoneId zone, WorkingDayCalendar calendar) {
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(calendar, "calendar");
        if (now.isAfter(dueAt)) {
            return OVERDUE;
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate dueDate = dueAt.atZone(zone).toLocalDate();
        return calendar.workingDaysBetween(today, dueDate) <= DUE_SOON_WORKING_DAYS
                ? DUE_SOON
                : ON_TRACK;
    }
}
