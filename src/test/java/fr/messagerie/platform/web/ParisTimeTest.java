package fr.messagerie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ParisTimeTest {

    @Test
    void winterTimeIsOneHourAheadOfUtc() {
        assertThat(ParisTime.dateTime(Instant.parse("2026-01-15T08:30:00Z"), Locale.FRENCH))
                .isEqualTo("15/01/2026 09:30");
    }

    @Test
    void summerTimeIsTwoHoursAheadOfUtc() {
        assertThat(ParisTime.dateTime(Instant.parse("2026-07-15T08:30:00Z"), Locale.FRENCH))
                .isEqualTo("15/07/2026 10:30");
    }

    @Test
    void aLateEveningInUtcIsAlreadyTheNextDayInParis() {
        assertThat(ParisTime.date(Instant.parse("2026-03-02T23:30:00Z"), Locale.FRENCH))
                .isEqualTo("3 mars 2026");
    }

    @Test
    void englishPagesKeepParisTimeAndTheDayFirstButEnglishWords() {
        assertThat(ParisTime.date(Instant.parse("2026-03-02T23:30:00Z"), Locale.ENGLISH))
                .isEqualTo("3 March 2026");
    }
}
