package fr.messagerie.referential.domain;

/**
 * What an administrator typed for a motif, before it is checked: the ids name the chosen subject,
 * team and (optional) online service. Nullable fields are what the form may leave empty.
 */
public record MotifDraft(
        String code,
        String labelFr,
        String labelEn,
        Long subjectId,
        Long teamId,
        Long onlineServiceId,
        Integer slaWorkingDays,
        Integer sortOrder) {}
