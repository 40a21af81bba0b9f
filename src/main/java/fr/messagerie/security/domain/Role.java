package fr.messagerie.security.domain;

/**
 * The roles the server checks. Constants rather than an enum because annotations such as
 * {@code @RolesAllowed} need compile-time strings.
 */
public final class Role {

    /** A citizen (particulier, exploitant or employeur) in their private space. */
    public static final String CITIZEN = "CITIZEN";

    /** An agent who answers the conversations routed to their teams. */
    public static final String AGENT = "AGENT";

    /** An agent who also leads a team (reminders, assignment). */
    public static final String TEAM_LEAD = "TEAM_LEAD";

    /** Administers the referential, teams and jobs; sees every conversation. */
    public static final String ADMIN = "ADMIN";

    private Role() {}
}
