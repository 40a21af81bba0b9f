package fr.messagerie.appointment.domain;

/** The appointment is not in a state that allows this step (e.g. confirming a cancelled one). */
public class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(AppointmentStatus from, String step) {
        super("Cannot " + step + " an appointment that is " + from);
    }
}
