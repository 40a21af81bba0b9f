package fr.messagerie.referential.domain;

import java.util.Set;

/** What an administrator typed for a theme, before it is checked. */
public record ThemeDraft(
        String code, String labelFr, String labelEn, Set<Audience> audiences, Integer sortOrder) {

    public ThemeDraft {
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
    }
}
