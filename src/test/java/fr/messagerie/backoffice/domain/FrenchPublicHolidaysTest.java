package fr.messagerie.backoffice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchPublicHolidaysTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2000, 2000-04-23",
        "2008, 2008-03-23",
        "2019, 2019-04-21",
        // The earliest and latest dates Easter can take.
        "1818, 1818-03-22",
        "2285, 2285-03-22",
        "1943, 1943-04-25",
        "2038, 2038-04-25"
    })
    void easterSundayMatchesKnownDates(int year, LocalDate easter) {
        assertThat(FrenchPublicHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void easterIsAlwaysASundayBetween22MarchAnd25April() {
        for (int year = 1583; year <= 4099; year++) {
            LocalDate easter = FrenchPublicHolidays.easterSunday(year);

            assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        }
    }

    @Test
    void the2025HolidaysAreTheElevenExpectedDatesInCalendarOrder() {
        assertThat(FrenchPublicHolidays.of(2025))
                .containsExactly(
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 4, 21),
                        LocalDate.of(2025, 5, 1),
                        LocalDate.of(2025, 5, 8),
                        LocalDate.of(2025, 5, 29),
                        LocalDate.of(2025, 6, 9),
                        LocalDate.of(2025, 7, 14),
                        LocalDate.of(2025, 8, 15),
                        LocalDate.of(2025, 11, 1),
                        LocalDate.of(2025, 11, 11),
                        LocalDate.of(2025, 12, 25));
    }

    @ParameterizedTest(name = "{0}: Easter Monday {1}, Ascension {2}, Whit Monday {3}")
    @CsvSource({
        "2024, 2024-04-01, 2024-05-09, 2024-05-20",
        "2026, 2026-04-06, 2026-05-14, 2026-05-25",
        "2027, 2027-03-29, 2027-05-06, 2027-05-17"
    })
    void movableHolidaysFollowEaster(
            int year, LocalDate easterMonday, LocalDate ascension, LocalDate whitMonday) {
        assertThat(FrenchPublicHolidays.of(year))
                .hasSize(11)
                .contains(easterMonday, ascension, whitMonday);
    }

    @Test
    void ascensionOnLabourDayLeavesTenDatesIn2008() {
        assertThat(FrenchPublicHolidays.of(2008)).hasSize(10).contains(LocalDate.of(2008, 5, 1));
    }

    @Test
    void fixedHolidaysAreHolidays() {
        for (String monthDay :
                new String[] {
                    "01-01", "05-01", "05-08", "07-14", "08-15", "11-01", "11-11", "12-25"
                }) {
            assertThat(FrenchPublicHolidays.isHoliday(LocalDate.parse("2031-" + monthDay)))
                    .as(monthDay)
                    .isTrue();
        }
    }

    @Test
    void easterSundayItselfIsNotCountedSinceItIsAlwaysASunday() {
        assertThat(FrenchPublicHolidays.of(2025)).doesNotContain(LocalDate.of(2025, 4, 20));
    }

    @Test
    void alsaceMoselleHolidaysAreNotMetropolitanHolidays() {
        assertThat(FrenchPublicHolidays.isHoliday(LocalDate.of(2025, 4, 18))).isFalse();
        assertThat(FrenchPublicHolidays.isHoliday(LocalDate.of(2025, 12, 26))).isFalse();
    }

    @Test
    void anOrdinaryDayIsNotAHoliday() {
        assertThat(FrenchPublicHolidays.isHoliday(LocalDate.of(2025, 3, 12))).isFalse();
    }

    @Test
    void theSetCannotBeChangedByCallers() {
        assertThatThrownBy(() -> FrenchPublicHolidays.of(2025).add(LocalDate.of(2025, 3, 12)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void yearsBeforeTheGregorianCalendarAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> FrenchPublicHolidays.of(1582));
    }
}
