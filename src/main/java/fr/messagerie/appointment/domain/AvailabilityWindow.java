package fr.messagerie.appointment.domain;

import fr.messagerie.backoffice.domain.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The half-days offered to the citizen: mornings and afternoons of the next working days (public
 * holidays and weekends left out), starting tomorrow, so an agent always has time to call back.
 */
public final class AvailabilityWindow {

    public static final int WORKING_DAYS = 15;

    private final List<LocalDate> days;

    private AvailabilityWindow(List<LocalDate> days) {
        this.days = days;
    }

    public static AvailabilityWindow after(LocalDate today, WorkingDayCalendar calendar) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = today.plusDays(1);
        while (days.size() < WORKING_DAYS) {
            if (calendar.isWorkingDay(day)) {
                days.add(day);
            }
            day = day.plusDays(1);
        }
        return new AvailabilityWindow(List.copyOf(days));
    }

    public List<LocalDate> days() {
        return days;
    }

    /**
     * The chosen half-days that belong to the window, in order; codes from a forged or stale form
     * are dropped rather than trusted.
     */
    public Set<HalfDay> keepOffered(Collection<String> codes) {
        Set<HalfDay> kept = new TreeSet<>();
        for (String code : codes) {
            HalfDay.parse(code).filter(h -> days.contains(h.date())).ifPresent(kept::add);
        }
        return kept;
    }
}
