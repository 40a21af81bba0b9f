package fr.messagerie.appointment.application;

import fr.messagerie.appointment.domain.AppointmentChannel;
import fr.messagerie.appointment.domain.AppointmentStatus;
import fr.messagerie.appointment.domain.HalfDay;
import java.time.Instant;
import java.util.List;

/** An appointment request as pages and mails show it. */
public record AppointmentView(
        String reference,
        String motifLabel,
        AppointmentChannel channel,
        String phone,
        List<HalfDay> preferredHalfDays,
        AppointmentStatus status,
        Instant slotStart,
        String slotDetails,
        String declineReason,
        Instant createdAt) {

    public boolean isCancellable() {
        return status.cancellableByCitizen();
    }

    public boolean isAwaitingAgent() {
        return status.awaitsAgent();
    }
}
