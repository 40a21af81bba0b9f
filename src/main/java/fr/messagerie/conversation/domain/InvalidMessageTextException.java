package fr.messagerie.conversation.domain;

/**
 * A message body that cannot be sent. It carries a reason and a length rather than a sentence, so
 * that the web layer words it for the user and the message text itself never reaches a log.
 */
public final class InvalidMessageTextException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the text was refused. */
    public enum Reason {
        EMPTY,
        TOO_SHORT,
        TOO_LONG
    }

    private final Reason reason;
    private final int actualLength;

    public InvalidMessageTextException(Reason reason, int actualLength) {
        super(
                "Message text refused: "
                        + reason
                        + " ("
                        + actualLength
                        + " code points, allowed "
                        + MessageText.MIN_LENGTH
                        + " to "
                        + MessageText.MAX_LENGTH
                        + ")");
        this.reason = reason;
        this.actualLength = actualLength;
    }

    public Reason reason() {
        return reason;
    }

    /** Length in code points after normalization, the same measure the limits use. */
    public int actualLength() {
        return actualLength;
    }
}
