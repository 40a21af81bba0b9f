package fr.messagerie.appointment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.backoffice.domain.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityWindowTest {

    final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Test
    void offersTheNextFifteenWorkingDaysStartingTomorrow() {
        // Friday 18 December 2026: Christmas and New Year's Day fall in the window.
        AvailabilityWindow window = AvailabilityWindow.after(LocalDate.of(2026, 12, 18), calendar);
        assertThat(window.days()).hasSize(15);
        assertThat(window.days().get(0)).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(window.days())
                .doesNotContain(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1))
                .allMatch(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY)
                .allMatch(d -> d.getDayOfWeek() != DayOfWeek.SUNDAY);
    }

    @Test
    void keepsOnlyOfferedHalfDaysAndDropsForgedOrStaleCodes() {
        AvailabilityWindow window = AvailabilityWindow.after(LocalDate.of(2026, 11, 30), calendar);
        assertThat(
                        window.keepOffered(
                                List.of(
                                        "2026-12-02:PM",
                                        "2026-12-01:AM",
                                        "2026-11-30:AM",
                                        "2026-12-05:AM",
                                        "2026-13-01:AM",
                                        "<script>")))
                .containsExactly(
                        new HalfDay(LocalDate.of(2026, 12, 1), true),
                        new HalfDay(LocalDate.of(2026, 12, 2), false));
    }

    @Test
    void halfDayCodesReadBackAsTheSameHalfDay() {
        HalfDay afternoon = new HalfDay(LocalDate.of(2026, 12, 1), false);
        assertThat(afternoon.code()).isEqualTo("2026-12-01:PM");
        assertThat(HalfDay.parse(afternoon.code())).contains(afternoon);
    }

    @Test
    void phoneNumbersAreAcceptedInTheUsualFrenchWritings() {
        assertThat(PhoneNumber.normalise("+33 6 12 34 56 78")).contains("06 12 34 56 78");
        assertThat(PhoneNumber.normalise("01.23.45.67.89")).contains("01 23 45 67 89");
        assertThat(PhoneNumber.normalise("0033-4-12-34-56-78")).contains("04 12 34 56 78");
        assertThat(PhoneNumber.normalise("00 12 34 56 78")).isEmpty();
        assertThat(PhoneNumber.normalise("612")).isEmpty();
        assertThat(PhoneNumber.normalise(null)).isEmpty();
    }
}
