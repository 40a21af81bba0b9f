package fr.messagerie.backoffice.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What an agent reads next to a conversation: how many working days are left before its deadline,
 * or by how many working days it is late, with the {@link SlaStatus} that colours it.
 *
 * @param status where the conversation stands against its deadline
 * @param workingDays working days left (zero on the due day), or working days late when overdue
 */
public record SlaClock(SlaStatus status, int workingDays) implements Serializable {

    public static SlaClock of(
            Instant dueAt, Instant now, ZoneId zone, WorkingDayCalendar calendar) {
        SlaStatus status = SlaStatus.of(dueAt, now, zone, calendar);
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate dueDate = dueAt.atZone(zone).toLocalDate();
        int between = calendar.workingDaysBetween(today, dueDate);
        return new SlaClock(status, status == SlaStatus.OVERDUE ? Math.max(1, -between) : between);
    }

    public boolean isOverdue() {
        return status == SlaStatus.OVERDUE;
    }
}
