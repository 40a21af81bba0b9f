package fr.messagerie.platform.domain;

import java.util.Locale;

/**
 * The locale dates are written in. The service's English is read in France: its dates come in the
 * day-month-year order British English uses ("7 December 2026", "07/12/2026"), not the United
 * States' order that the bare "en" locale gives ("December 7, 2026", "12/7/26"). Texts keep the
 * page's language; only date formats go through here.
 */
public final class DateLocales {

    private DateLocales() {}

    public static Locale forDates(Locale language) {
        return "en".equals(language.getLanguage()) && language.getCountry().isEmpty()
                ? Locale.UK
                : language;
    }
}
