package fr.messagerie.referential.application;

/** One agent of a team, as the memberships screen lists them. */
public record TeamMember(long accountId, String login, String displayName, boolean lead) {}
