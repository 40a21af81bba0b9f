package fr.messagerie.document.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Shows an {@link Instant} in Paris time and the page's language. Faces 4.0's convertDateTime has
 * no "instant" type (it arrives in 4.1), so the documents and appointments pages call this instead.
 */
@Named
@ApplicationScoped
public class InstantDisplay {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public String dateTime(Instant instant) {
        return format(instant, FormatStyle.LONG);
    }

    public String fullDateTime(Instant instant) {
        return format(instant, FormatStyle.FULL);
    }

    private static String format(Instant instant, FormatStyle dateStyle) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(dateStyle, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .withZone(PARIS)
                .format(instant);
    }
}
