package fr.messagerie.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateLocalesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private static String written(FormatStyle style, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(style)
                .withLocale(DateLocales.forDates(language))
                .format(DAY);
    }

    @Test
    void englishDatesComeDayFirst() {
        assertThat(written(FormatStyle.LONG, Locale.ENGLISH)).isEqualTo("7 December 2026");
        assertThat(written(FormatStyle.SHORT, Locale.ENGLISH)).isEqualTo("07/12/2026");
    }

    @Test
    void frenchDatesAreUnchanged() {
        assertThat(written(FormatStyle.LONG, Locale.FRENCH)).isEqualTo("7 décembre 2026");
        assertThat(DateLocales.forDates(Locale.FRENCH)).isEqualTo(Locale.FRENCH);
    }
}
