package fr.messagerie.backoffice.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The eleven public holidays observed throughout metropolitan France.
 *
 * <p>Alsace and Moselle also rest on Good Friday and on 26 December, and overseas departments have
 * their own days; those are out of scope until the institution serves them. Whit Monday stays a
 * holiday here even though employers may make it the "journée de solidarité": the institution's
 * offices are closed that day.
 */
public final class FrenchPublicHolidays {

    // Easter's Gregorian computation has no meaning before the calendar existed.
    private static final int FIRST_GREGORIAN_YEAR = 1583;

    private FrenchPublicHolidays() {}

    /**
     * The holidays of {@code year}, in calendar order. Two of them can fall on the same date, as
     * Ascension and 1 May did in 2008, which leaves fewer than eleven dates.
     *
     * @throws IllegalArgumentException for years before the Gregorian calendar (1583)
     */
    public static Set<LocalDate> of(int year) {
        LocalDate easter = easterSunday(year);
        TreeSet<LocalDate> holidays = new TreeSet<>();
        holidays.add(LocalDate.of(year, Month.JANUARY, 1));
        holidays.add(easter.plusDays(1));
        holidays.add(LocalDate.of(year, Month.MAY, 1));
        holidays.add(LocalDate.of(year, Month.MAY, 8));
        holidays.add(easter.plusDays(39));
        holidays.add(easter.plusDays(50));
        holidays.add(LocalDate.of(year, Month.JULY, 14));
        holidays.add(LocalDate.of(year, Month.AUGUST, 15));
        holidays.add(LocalDate.of(year, Month.NOVEMBER, 1));
        holidays.add(LocalDate.of(year, Month.NOVEMBER, 11));
        holidays.add(LocalDate.of(year, Month.DECEMBER, 25));
        return Collections.unmodifiableSet(holidays);
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).contains(date);
    }

    /**
     * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher); the three movable
     * holidays are counted from it.
     *
     * @throws IllegalArgumentException for years before the Gregorian calendar (1583)
     */
    public static LocalDate easterSunday(int year) {
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException("No Gregorian Easter before 1583: " + year);
        }
        // The single-letter names are those of the published algorithm, kept so it can be checked
        // line by line against the reference.
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
