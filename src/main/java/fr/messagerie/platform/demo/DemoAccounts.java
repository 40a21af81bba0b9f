package fr.messagerie.platform.demo;

import fr.messagerie.referential.domain.Audience;
import fr.messagerie.security.domain.Account;
import fr.messagerie.security.domain.Role;
import java.util.List;
import java.util.Set;

/**
 * The demo accounts of the run mode and the tests. Their shared password is printed in the README;
 * these accounts exist only where MESSAGERIE_DEMO_DATA=true, never in production.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "Demo-Messagerie-2026";

    public static final String PARTICULIER = "particulier";
    public static final String PARTICULIER_2 = "particulier2";
    public static final String EXPLOITANT = "exploitant";
    public static final String EMPLOYEUR = "employeur";
    public static final String AGENT_FAMILLE = "agent.famille";
    public static final String AGENT_RETRAITE = "agent.retraite";
    public static final String ADMIN = "admin";

    /** Team of each demo agent (codes of the referential migration). */
    public static final String TEAM_FAMILLE = "FAMILLE_LOGEMENT";

    public static final String TEAM_RETRAITE = "RETRAITE";

    private DemoAccounts() {}

    static List<Account> all() {
        return List.of(
                Account.citizen(
                        PARTICULIER,
                        "Camille Martin",
                        Audience.PARTICULIER,
                        "camille.martin@example.fr",
                        "+33612345678"),
                Account.citizen(
                        PARTICULIER_2,
                        "Louis Bernard",
                        Audience.PARTICULIER,
                        "louis.bernard@example.fr",
                        "+33698765432"),
                Account.citizen(
                        EXPLOITANT,
                        "Jean Dupré",
                        Audience.EXPLOITANT,
                        "jean.dupre@example.fr",
                        "+33611223344"),
                Account.citizen(
                        EMPLOYEUR,
                        "SARL Les Vergers",
                        Audience.EMPLOYEUR,
                        "contact@lesvergers.example.fr",
                        null),
                Account.staff(
                        AGENT_FAMILLE,
                        "Agnès Famille",
                        "agnes.famille@messagerie.example",
                        Set.of(Role.AGENT, Role.TEAM_LEAD)),
                Account.staff(
                        AGENT_RETRAITE,
                        "Rémi Retraite",
                        "remi.retraite@messagerie.example",
                        Set.of(Role.AGENT)),
                Account.staff(
                        ADMIN,
                        "Alice Admin",
                        "alice.admin@messagerie.example",
                        Set.of(Role.ADMIN, Role.AGENT)));
    }
}
