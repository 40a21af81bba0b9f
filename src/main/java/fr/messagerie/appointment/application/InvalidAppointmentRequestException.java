package fr.messagerie.appointment.application;

/** A field of the request is unusable; the key names the message for the citizen. */
public class InvalidAppointmentRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidAppointmentRequestException(String field) {
        super("Invalid " + field);
        this.field = field;
    }

    /** motif, channel, halfDays or phone. */
    public String field() {
        return field;
    }
}
