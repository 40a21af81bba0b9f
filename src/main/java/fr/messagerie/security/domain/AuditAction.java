package fr.messagerie.security.domain;

/** What the audit trail records: security-relevant events, never ordinary reads of public data. */
public enum AuditAction {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    /** A sign-in refused because the login had too many recent failures. */
    SIGN_IN_THROTTLED,
    SIGNED_OUT,
    CONVERSATION_OPENED,
    CITIZEN_REPLIED,
    AGENT_REPLIED,
    /** A conversation asked for that does not exist or belongs to someone else (403/404). */
    ACCESS_REFUSED,
    /** A message refused by the per-citizen rate limit. */
    RATE_LIMITED,
    /** An administrator created a referential entry (theme, subject, motif, team...). */
    REFERENTIAL_CREATED,
    /** An administrator edited a referential entry (labels, order, routing, response target). */
    REFERENTIAL_UPDATED,
    /** An administrator hid a referential entry from new messages. */
    REFERENTIAL_DEACTIVATED,
    /** An administrator offered a hidden referential entry again. */
    REFERENTIAL_REACTIVATED,
    /** An administrator deleted a canned response (nothing else refers to one). */
    REFERENTIAL_DELETED,
    /** An administrator added an agent to a team (detail: team code and account id). */
    TEAM_MEMBER_ADDED,
    /** An administrator removed an agent from a team. */
    TEAM_MEMBER_REMOVED,
    /** An administrator made a member the team's lead, or took that role back. */
    TEAM_LEAD_CHANGED
}
