package fr.messagerie.backoffice.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A team lead's daily list: what is overdue and what is due soon, by {@link SlaStatus}; what is on
 * track is left out, and a lead with nothing in either list gets no mail.
 *
 * @param <T> whatever the caller lists (ids, summaries)
 */
public record DeadlineDigest<T>(List<T> overdue, List<T> dueSoon) {

    public static <T> DeadlineDigest<T> of(
            List<T> items,
            Function<T, Instant> dueAt,
            Instant now,
            ZoneId zone,
            WorkingDayCalendar calendar) {
        List<T> overdue = new ArrayList<>();
        List<T> dueSoon = new ArrayList<>();
        for (T item : items) {
            switch (SlaStatus.of(dueAt.apply(item), now, zone, calendar)) {
                case OVERDUE -> overdue.add(item);
                case DUE_SOON -> dueSoon.add(item);
                case ON_TRACK -> {}
            }
        }
        return new DeadlineDigest<>(List.copyOf(overdue), List.copyOf(dueSoon));
    }

    public boolean isEmpty() {
        return overdue.isEmpty() && dueSoon.isEmpty();
    }
}
