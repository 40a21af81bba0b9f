package fr.messagerie.referential.domain;

/**
 * One reason a referential entry is refused: the form field it concerns and the key of the French
 * (or English) message that explains it, so the page shows it next to the field.
 */
public record ReferentialProblem(String field, String messageKey) {}
