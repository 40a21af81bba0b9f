package fr.messagerie.appointment.application;

/** No such appointment for this person, whether it does not exist or is someone else's. */
public class AppointmentNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AppointmentNotFoundException() {
        super("No such appointment for this account");
    }
}
