package fr.messagerie.platform.web;

import fr.messagerie.backoffice.domain.WorkingDayCalendar;
import fr.messagerie.platform.domain.DateLocales;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Shows stored instants as a person in France reads them: in Europe/Paris time (whatever the
 * server's zone) and in the page's language, e.g. "29/11/2026 18:24" or "29 novembre 2026". The
 * database keeps UTC instants; only the screen converts.
 */
@Named
@ApplicationScoped
public class ParisTime {

    public static final ZoneId PARIS = WorkingDayCalendar.METROPOLITAN_FRANCE;

    /** Date and time, short: for lists and message headers. */
    public String dateTime(Instant instant) {
        return dateTime(instant, pageLocale());
    }

    /** Day spelled out with its weekday, and time: for appointments and receipts. */
    public String fullDateTime(Instant instant) {
        return format(
                instant,
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT),
                pageLocale());
    }

    /** The day only, spelled out: for deadlines. */
    public String date(Instant instant) {
        return date(instant, pageLocale());
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(PARIS));
    }

    static String dateTime(Instant instant, Locale locale) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT), locale);
    }

    static String date(Instant instant, Locale locale) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG), locale);
    }

    private static String format(Instant instant, DateTimeFormatter style, Locale locale) {
        return instant == null
                ? ""
                : style.withLocale(DateLocales.forDates(locale)).withZone(PARIS).format(instant);
    }

    private static Locale pageLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? Locale.FRENCH
                : faces.getViewRoot().getLocale();
    }
}
