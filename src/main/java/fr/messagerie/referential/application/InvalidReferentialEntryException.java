package fr.messagerie.referential.application;

import fr.messagerie.referential.domain.ReferentialProblem;
import java.util.List;

/** A referential entry refused by the rules; the problems say which field and why. */
public class InvalidReferentialEntryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ReferentialProblem> problems;

    public InvalidReferentialEntryException(List<ReferentialProblem> problems) {
        super("Invalid referential entry: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ReferentialProblem> problems() {
        return problems;
    }
}
