package fr.messagerie.appointment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    static final Instant LATER = Instant.parse("2026-12-03T13:30:00Z");
    static final HalfDay TUESDAY_MORNING = new HalfDay(LocalDate.of(2026, 12, 1), true);

    Appointment requested() {
        return Appointment.request(
                "RDV-2026-ABCDEFGH",
                1L,
                2L,
                3L,
                AppointmentChannel.PHONE,
                "06 12 34 56 78",
                Set.of(TUESDAY_MORNING),
                NOW);
    }

    @Test
    void aNewRequestWaitsForAnAgentWithItsHalfDaysAndNormalisedPhone() {
        Appointment appointment = requested();
        assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.REQUESTED);
        assertThat(appointment.preferredHalfDays()).containsExactly(TUESDAY_MORNING);
        assertThat(appointment.getPhone()).isEqualTo("06 12 34 56 78");
    }

    @Test
    void aRequestNeedsAHalfDayAndACallablePhone() {
        assertThatThrownBy(
                        () ->
                                Appointment.request(
                                        "R",
                                        1L,
                                        2L,
                                        3L,
                                        AppointmentChannel.VIDEO,
                                        "0612345678",
                                        Set.of(),
                                        NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                Appointment.request(
                                        "R",
                                        1L,
                                        2L,
                                        3L,
                                        AppointmentChannel.VIDEO,
                                        "12",
                                        Set.of(TUESDAY_MORNING),
                                        NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAgentConfirmsAFutureSlot() {
        Appointment appointment = requested();
        appointment.confirm(9L, LATER, "Accueil de Lyon", NOW);
        assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(appointment.slotStart()).contains(LATER);
        assertThat(appointment.slotDetails()).contains("Accueil de Lyon");
    }

    @Test
    void aSlotInThePastIsRefused() {
        Appointment appointment = requested();
        assertThatThrownBy(() -> appointment.confirm(9L, NOW.minusSeconds(60), null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.REQUESTED);
    }

    @Test
    void anAgentDeclinesOnlyWithAReason() {
        Appointment appointment = requested();
        assertThatThrownBy(() -> appointment.decline(9L, "  ", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        appointment.decline(9L, "Votre demande se traite en ligne.", NOW);
        assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.DECLINED);
        assertThat(appointment.declineReason()).contains("Votre demande se traite en ligne.");
    }

    @Test
    void theCitizenCancelsARequestedOrAConfirmedAppointment() {
        Appointment waiting = requested();
        waiting.cancelByCitizen(NOW);
        assertThat(waiting.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);

        Appointment confirmed = requested();
        confirmed.confirm(9L, LATER, null, NOW);
        confirmed.cancelByCitizen(NOW);
        assertThat(confirmed.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void finalStatesAcceptNoFurtherStep() {
        Appointment declined = requested();
        declined.decline(9L, "Non", NOW);
        assertThatThrownBy(() -> declined.cancelByCitizen(NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> declined.confirm(9L, LATER, null, NOW))
                .isInstanceOf(IllegalTransitionException.class);

        Appointment cancelled = requested();
        cancelled.cancelByCitizen(NOW);
        assertThatThrownBy(() -> cancelled.confirm(9L, LATER, null, NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> cancelled.decline(9L, "Non", NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aConfirmedAppointmentCannotBeConfirmedOrDeclinedAgain() {
        Appointment confirmed = requested();
        confirmed.confirm(9L, LATER, null, NOW);
        assertThatThrownBy(() -> confirmed.confirm(9L, LATER, null, NOW))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> confirmed.decline(9L, "Non", NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
