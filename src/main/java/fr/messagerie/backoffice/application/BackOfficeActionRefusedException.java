package fr.messagerie.backoffice.application;

/**
 * An action the agent may not do here (not a team lead, a colleague outside the team, an unknown
 * motif). The reason is a short code the page turns into a bundle message.
 */
public class BackOfficeActionRefusedException extends RuntimeException {

    private final String reason;

    public BackOfficeActionRefusedException(String reason) {
        super("Back-office action refused: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
