package fr.messagerie.backoffice.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** The calendar month an export covers, in metropolitan France's time. */
public record ExportMonth(YearMonth month) {

    /** The given month ("2026-10"), or the month before {@code now} when none is given. */
    public static ExportMonth parseOrPrevious(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return new ExportMonth(
                    YearMonth.from(now.atZone(WorkingDayCalendar.METROPOLITAN_FRANCE))
                            .minusMonths(1));
        }
        try {
            return new ExportMonth(YearMonth.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Month expected as yyyy-MM: " + value, e);
        }
    }

    public Instant start() {
        return month.atDay(1).atStartOfDay(zone()).toInstant();
    }

    public Instant end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone()).toInstant();
    }

    public String fileName() {
        return "statistiques-" + month + ".csv";
    }

    private static ZoneId zone() {
        return WorkingDayCalendar.METROPOLITAN_FRANCE;
    }
}
