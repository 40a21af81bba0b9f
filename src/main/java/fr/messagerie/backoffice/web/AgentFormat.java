package fr.messagerie.backoffice.web;

import fr.messagerie.backoffice.domain.SlaClock;
import fr.messagerie.backoffice.domain.WorkingDayCalendar;
import fr.messagerie.platform.web.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Formats the back office's dates and deadline clocks the same way on every page. */
@Named
@RequestScoped
public class AgentFormat {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                    .withZone(WorkingDayCalendar.METROPOLITAN_FRANCE);

    @Inject private UserMessages messages;

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** "3 j. ouvrés restants", "Échéance aujourd'hui", "En retard de 2 j. ouvrés", or "". */
    public String sla(SlaClock clock) {
        if (clock == null) {
            return "";
        }
        if (clock.isOverdue()) {
            return messages.text("agent.sla.overdue", clock.workingDays());
        }
        return clock.workingDays() == 0
                ? messages.text("agent.sla.dueToday")
                : messages.text("agent.sla.left", clock.workingDays());
    }

    /** A CSS modifier per status, so overdue rows stand out by more than colour (text too). */
    public String slaStyle(SlaClock clock) {
        return clock == null ? "sla" : "sla sla--" + clock.status().name().toLowerCase();
    }

    public String hours(Double hours) {
        return hours == null ? "–" : String.format(java.util.Locale.FRANCE, "%.1f", hours);
    }
}
