package fr.messagerie.appointment.domain;

/** How the appointment takes place. */
public enum AppointmentChannel {
    PHONE,
    RECEPTION,
    VIDEO
}
