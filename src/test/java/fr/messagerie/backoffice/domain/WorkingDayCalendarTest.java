package fr.messagerie.backoffice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class WorkingDays {

        @Test
        void weekdaysAreWorkingDays() {
            assertThat(calendar.isWorkingDay(date("2025-01-13"))).isTrue();
            assertThat(calendar.isWorkingDay(date("2025-01-17"))).isTrue();
        }

        @Test
        void weekendsAreNotWorkingDays() {
            assertThat(calendar.isWorkingDay(date("2025-01-11"))).isFalse();
            assertThat(calendar.isWorkingDay(date("2025-01-12"))).isFalse();
        }

        @Test
        void aPublicHolidayOnAWeekdayIsNotAWorkingDay() {
            assertThat(calendar.isWorkingDay(date("2025-04-21"))).isFalse();
        }

        @Test
        void anotherHolidayRuleCanBeGiven() {
            WorkingDayCalendar alsace =
                    new WorkingDayCalendar(
                            day ->
                                    FrenchPublicHolidays.isHoliday(day)
                                            || day.equals(
                                                    FrenchPublicHolidays.easterSunday(day.getYear())
                                                            .minusDays(2)));

            assertThat(alsace.addWorkingDays(date("2025-04-17"), 1)).isEqualTo(date("2025-04-22"));
        }
    }

    @Nested
    class AddWorkingDays {

        @ParameterizedTest(name = "{0} + {1} working days = {2}")
        @CsvSource({
            // Friday + 1 = Monday: the start day is not counted.
            "2025-01-10, 1, 2025-01-13",
            "2025-01-13, 1, 2025-01-14",
            "2025-01-13, 5, 2025-01-20",
            "2025-01-13, 10, 2025-01-27",
            // A weekend start lands on Monday after one day.
            "2025-01-11, 1, 2025-01-13",
            "2025-01-12, 1, 2025-01-13",
            // Easter 2025: Good Friday is worked, Easter Monday is not.
            "2025-04-17, 1, 2025-04-18",
            "2025-04-18, 1, 2025-04-22",
            "2025-04-17, 2, 2025-04-22",
            // 1 May and 8 May 2026 both fall on a Friday.
            "2026-04-30, 1, 2026-05-04",
            "2026-05-07, 1, 2026-05-11",
            "2026-04-29, 5, 2026-05-07",
            // Ascension 2026 on Thursday 14 May, Whit Monday on 25 May.
            "2026-05-13, 1, 2026-05-15",
            "2026-05-22, 1, 2026-05-26",
            // Year ends: 25 December and 1 January, and a 1 January on a Saturday.
            "2025-12-24, 1, 2025-12-26",
            "2025-12-31, 1, 2026-01-02",
            "2025-12-31, 2, 2026-01-05",
            "2027-12-31, 1, 2028-01-03",
            "2025-12-22, 10, 2026-01-07"
        })
        void skipsWeekendsAndPublicHolidays(LocalDate start, int days, LocalDate expected) {
            assertThat(calendar.addWorkingDays(start, days)).isEqualTo(expected);
        }

        @Test
        void zeroDaysReturnTheStartEvenOnAWeekend() {
            assertThat(calendar.addWorkingDays(date("2025-01-11"), 0))
                    .isEqualTo(date("2025-01-11"));
        }

        @ParameterizedTest(name = "{0} - {1} working days = {2}")
        @CsvSource({
            "2025-01-13, -1, 2025-01-10",
            "2025-04-22, -1, 2025-04-18",
            "2026-01-02, -1, 2025-12-31",
            "2026-05-11, -2, 2026-05-06"
        })
        void negativeDaysGoBack(LocalDate start, int days, LocalDate expected) {
            assertThat(calendar.addWorkingDays(start, days)).isEqualTo(expected);
        }

        @Test
        void alwaysLandsOnAWorkingDay() {
            for (LocalDate start = date("2025-01-01");
                    start.isBefore(date("2027-01-01"));
                    start = start.plusDays(1)) {
                for (int days = 1; days <= 15; days++) {
                    assertThat(calendar.isWorkingDay(calendar.addWorkingDays(start, days)))
                            .as("%s + %d", start, days)
                            .isTrue();
                }
            }
        }
    }

    @Nested
    class WorkingDaysBetween {

        @ParameterizedTest(name = "{0} to {1}: {2}")
        @CsvSource({
            "2025-01-13, 2025-01-13, 0",
            "2025-01-10, 2025-01-13, 1",
            "2025-01-13, 2025-01-17, 4",
            // From is excluded, to is included.
            "2025-01-11, 2025-01-13, 1",
            "2025-01-10, 2025-01-12, 0",
            "2025-04-17, 2025-04-22, 2",
            "2026-04-30, 2026-05-11, 5",
            "2025-12-24, 2026-01-02, 5"
        })
        void countsWorkingDaysAfterFromUpToTo(LocalDate from, LocalDate to, int expected) {
            assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
        }

        @Test
        void isNegativeWhenToComesFirst() {
            assertThat(calendar.workingDaysBetween(date("2025-01-13"), date("2025-01-10")))
                    .isEqualTo(-1);
            assertThat(calendar.workingDaysBetween(date("2025-04-22"), date("2025-04-17")))
                    .isEqualTo(-2);
        }

        @Test
        void goingBackStillIncludesToAndExcludesFrom() {
            // Saturday back to Friday: the Friday counts, the Saturday start does not matter.
            assertThat(calendar.workingDaysBetween(date("2025-01-11"), date("2025-01-10")))
                    .isEqualTo(-1);
            // Monday back to Sunday: no working day in [Sunday, Monday).
            assertThat(calendar.workingDaysBetween(date("2025-01-13"), date("2025-01-12")))
                    .isZero();
        }

        @Test
        void year2025Has251WorkingDays() {
            assertThat(calendar.workingDaysBetween(date("2024-12-31"), date("2025-12-31")))
                    .isEqualTo(251);
        }

        @Test
        void undoesAddWorkingDays() {
            for (LocalDate start = date("2025-11-01");
                    start.isBefore(date("2026-07-01"));
                    start = start.plusDays(1)) {
                for (int days = -12; days <= 12; days++) {
                    LocalDate reached = calendar.addWorkingDays(start, days);

                    assertThat(calendar.workingDaysBetween(start, reached))
                            .as("%s + %d", start, days)
                            .isEqualTo(days);
                }
            }
        }
    }

    @Nested
    class DueAt {

        @Test
        void isTheLastSecondOfTheDueDayInParisWinterTime() {
            Instant submitted = Instant.parse("2025-01-10T09:00:00Z");

            assertThat(calendar.dueAt(submitted, 1, PARIS))
                    .isEqualTo(Instant.parse("2025-01-13T22:59:59Z"));
        }

        @Test
        void followsTheSpringClockChangeBetweenSubmissionAndDueDay() {
            Instant fridayBeforeTheChange = Instant.parse("2025-03-28T09:00:00Z");

            assertThat(calendar.dueAt(fridayBeforeTheChange, 1, PARIS))
                    .isEqualTo(Instant.parse("2025-03-31T21:59:59Z"));
        }

        @Test
        void followsTheAutumnClockChangeBetweenSubmissionAndDueDay() {
            Instant fridayBeforeTheChange = Instant.parse("2025-10-24T09:00:00Z");

            assertThat(calendar.dueAt(fridayBeforeTheChange, 1, PARIS))
                    .isEqualTo(Instant.parse("2025-10-27T22:59:59Z"));
        }

        @Test
        void aSubmissionDuringTheNightOfTheClockChangeCountsFromThatSunday() {
            Instant sundayAtHalfPastThreeSummerTime = Instant.parse("2025-03-30T01:30:00Z");

            assertThat(calendar.dueAt(sundayAtHalfPastThreeSummerTime, 1, PARIS))
                    .isEqualTo(Instant.parse("2025-03-31T21:59:59Z"));
        }

        @Test
        void countsFromTheLocalDateNotTheUtcDate() {
            Instant thursdayInUtcButFridayInParis = Instant.parse("2025-01-09T23:30:00Z");

            assertThat(calendar.dueAt(thursdayInUtcButFridayInParis, 1, PARIS))
                    .isEqualTo(Instant.parse("2025-01-13T22:59:59Z"));
            assertThat(calendar.dueAt(thursdayInUtcButFridayInParis, 1, ZoneOffset.UTC))
                    .isEqualTo(Instant.parse("2025-01-10T23:59:59Z"));
        }

        @Test
        void aNewYearsEveSubmissionSkipsNewYearsDay() {
            Instant newYearsEveEvening = Instant.parse("2025-12-31T18:00:00Z");

            assertThat(calendar.dueAt(newYearsEveEvening, 1, PARIS))
                    .isEqualTo(Instant.parse("2026-01-02T22:59:59Z"));
        }

        @Test
        void aSubmissionJustAfterMidnightOnNewYearsDayCountsFromNewYearsDay() {
            Instant newYearsDayInParis = Instant.parse("2025-12-31T23:30:00Z");

            assertThat(calendar.dueAt(newYearsDayInParis, 2, PARIS))
                    .isEqualTo(Instant.parse("2026-01-05T22:59:59Z"));
        }

        @Test
        void aMessageSentAroundEasterIsDueAfterEasterMonday() {
            Instant goodFridayMorning = Instant.parse("2025-04-18T08:00:00Z");

            assertThat(calendar.dueAt(goodFridayMorning, 1, PARIS))
                    .isEqualTo(Instant.parse("2025-04-22T21:59:59Z"));
        }

        @Test
        void theDueDayIsAWorkingDay() {
            Instant due = calendar.dueAt(Instant.parse("2026-04-30T12:00:00Z"), 3, PARIS);

            assertThat(due.atZone(PARIS).getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
            assertThat(due.atZone(PARIS).toLocalDateTime())
                    .isEqualTo(date("2026-05-06").atTime(23, 59, 59));
        }

        @Test
        void theZoneConstantIsParis() {
            assertThat(WorkingDayCalendar.METROPOLITAN_FRANCE).isEqualTo(PARIS);
        }
    }
}
