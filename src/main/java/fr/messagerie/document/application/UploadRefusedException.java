package fr.messagerie.document.application;

import fr.messagerie.document.domain.FileRefusal;
import java.util.List;

/** Nothing of the upload was stored: these files were refused, for these reasons. */
public class UploadRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FileRefusal> refusals;

    public UploadRefusedException(List<FileRefusal> refusals) {
        super(refusals.size() + " file(s) refused");
        this.refusals = List.copyOf(refusals);
    }

    public List<FileRefusal> refusals() {
        return refusals;
    }
}
