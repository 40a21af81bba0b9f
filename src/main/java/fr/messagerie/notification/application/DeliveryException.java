package fr.messagerie.notification.application;

/** A provider did not accept a notification; the dispatcher schedules another attempt. */
public class DeliveryException extends Exception {

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }

    public DeliveryException(String message) {
        super(message);
    }
}
