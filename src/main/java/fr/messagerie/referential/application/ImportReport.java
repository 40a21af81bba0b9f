package fr.messagerie.referential.application;

import fr.messagerie.referential.domain.ReferentialCsv;
import java.util.List;

/** The outcome of a referential import, readable by the administrator who sent the file. */
public record ImportReport(int applied, int created, List<ReferentialCsv.Problem> problems) {

    public boolean isApplied() {
        return problems.isEmpty();
    }

    /** The report's text, in French: what was applied, or every bad line. */
    public String text() {
        if (isApplied()) {
            return "Import appliqué : "
                    + applied
                    + " entrées (dont "
                    + created
                    + " créées, "
                    + (applied - created)
                    + " mises à jour).\n";
        }
        StringBuilder text =
                new StringBuilder("Import refusé, rien n'a été appliqué. ")
                        .append(problems.size())
                        .append(" ligne(s) à corriger :\n");
        problems.forEach(problem -> text.append(problem).append('\n'));
        return text.toString();
    }
}
