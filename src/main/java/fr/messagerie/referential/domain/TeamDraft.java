package fr.messagerie.referential.domain;

/** What an administrator typed for a team; the email (the team's shared mailbox) is optional. */
public record TeamDraft(String code, String labelFr, String labelEn, String email) {}
