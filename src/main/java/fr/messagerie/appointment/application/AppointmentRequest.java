package fr.messagerie.appointment.application;

import fr.messagerie.appointment.domain.AppointmentChannel;
import java.util.List;

/** What the citizen asks for: the half-days as the form's codes ("2026-12-01:AM"). */
public record AppointmentRequest(
        Long motifId, AppointmentChannel channel, List<String> halfDays, String phone) {}
