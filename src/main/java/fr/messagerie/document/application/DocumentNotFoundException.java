package fr.messagerie.document.application;

/** No such document for this person: the same answer whether it does not exist or is not theirs. */
public class DocumentNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DocumentNotFoundException() {
        super("No such document for this account");
    }
}
