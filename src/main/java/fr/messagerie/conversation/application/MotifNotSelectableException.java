package fr.messagerie.conversation.application;

/** The motif does not exist, is inactive, or is not offered to the citizen's audience. */
public class MotifNotSelectableException extends RuntimeException {

    public MotifNotSelectableException(long motifId) {
        super("Motif " + motifId + " is not selectable");
    }
}
