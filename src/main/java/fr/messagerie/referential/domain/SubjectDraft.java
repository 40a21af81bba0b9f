package fr.messagerie.referential.domain;

/** What an administrator typed for a subject, before it is checked; the id names its theme. */
public record SubjectDraft(
        String code, String labelFr, String labelEn, Long themeId, Integer sortOrder) {}
