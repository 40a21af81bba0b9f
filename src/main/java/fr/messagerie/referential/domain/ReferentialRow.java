package fr.messagerie.referential.domain;

import java.util.Optional;
import java.util.Set;

/**
 * One valid line of a referential import: an entry to create or update, identified by its code.
 * Fields a kind does not use are empty.
 */
public record ReferentialRow(
        int line,
        Kind kind,
        String code,
        String labelFr,
        String labelEn,
        Optional<String> parent,
        int sortOrder,
        Optional<String> team,
        Optional<String> onlineService,
        int slaWorkingDays,
        Optional<String> email,
        Optional<String> url,
        Set<Audience> audiences,
        boolean active) {

    /** The kinds of entries, in the order they must be applied (parents first). */
    public enum Kind {
        TEAM,
        ONLINE_SERVICE,
        THEME,
        SUBJECT,
        MOTIF
    }
}
