package fr.messagerie.platform.demo;

import fr.messagerie.security.domain.Account;
import fr.messagerie.security.infrastructure.AccountRepository;
import fr.messagerie.security.infrastructure.PasswordHashing;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo accounts (and their team memberships) when the run mode or the tests ask for it
 * with MESSAGERIE_DEMO_DATA=true. Idempotent: a redeploy on the same database adds nothing.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    private static final Map<String, String> TEAM_OF_AGENT =
            Map.of(
                    DemoAccounts.AGENT_FAMILLE, DemoAccounts.TEAM_FAMILLE,
                    DemoAccounts.AGENT_RETRAITE, DemoAccounts.TEAM_RETRAITE);

    @Inject
    @ConfigProperty(name = "messagerie.demo-data", defaultValue = "false")
    private boolean enabled;

    @Inject private AccountRepository accounts;
    @Inject private PasswordHashing passwords;
    @PersistenceContext private EntityManager entityManager;

    @PostConstruct
    void load() {
        if (!enabled || accounts.findByLogin(DemoAccounts.PARTICULIER).isPresent()) {
            return;
        }
        String hash = passwords.hash(DemoAccounts.PASSWORD.toCharArray());
        for (Account account : DemoAccounts.all()) {
            account.changePasswordHash(hash);
            accounts.add(account);
        }
        entityManager.flush();
        TEAM_OF_AGENT.forEach(this::joinTeam);
        LOG.info("Demo accounts loaded (MESSAGERIE_DEMO_DATA=true)");
    }

    private void joinTeam(String login, String teamCode) {
        long accountId = accounts.findByLogin(login).orElseThrow().getId();
        entityManager
                .createNativeQuery(
                        "insert into team_member (team_id, account_id, team_lead)"
                                + " select id, ?, ? from team where code = ?")
                .setParameter(1, accountId)
                .setParameter(2, DemoAccounts.AGENT_FAMILLE.equals(login))
                .setParameter(3, teamCode)
                .executeUpdate();
    }
}
