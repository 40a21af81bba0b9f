package fr.messagerie.appointment.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A morning or an afternoon of a given day, the unit in which a citizen says when they are
 * available. Written as {@code 2026-12-01:AM} in forms and in the database.
 */
public record HalfDay(LocalDate date, boolean morning) implements Comparable<HalfDay> {

    public String code() {
        return date + (morning ? ":AM" : ":PM");
    }

    public static Optional<HalfDay> parse(String code) {
        if (code == null || !code.matches("\\d{4}-\\d{2}-\\d{2}:(AM|PM)")) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new HalfDay(LocalDate.parse(code.substring(0, 10)), code.endsWith("AM")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(HalfDay other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : Boolean.compare(other.morning, morning);
    }
}
