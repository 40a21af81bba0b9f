package fr.messagerie.platform.demo;

import fr.messagerie.conversation.application.ConversationService;
import fr.messagerie.conversation.application.InstitutionReplies;
import fr.messagerie.conversation.application.SubmitMessage;
import fr.messagerie.conversation.domain.SubmissionToken;
import fr.messagerie.conversation.infrastructure.ConversationRepository;
import fr.messagerie.security.domain.Account;
import fr.messagerie.security.infrastructure.AccountRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A few conversations for the run mode (MESSAGERIE_DEMO_CONVERSATIONS=true, set by it only), so
 * that a person trying the service finds a home list, a reply to read and an agent inbox with work.
 * Created through the real services, so their acknowledgements appear in the mail capture.
 */
@Startup
@Singleton
@DependsOn("DemoDataLoader")
public class DemoConversations {

    private static final Logger LOG = Logger.getLogger(DemoConversations.class.getName());

    @Inject
    @ConfigProperty(name = "messagerie.demo-conversations", defaultValue = "false")
    private boolean enabled;

    @Inject private AccountRepository accounts;
    @Inject private ConversationRepository conversations;
    @Inject private ConversationService service;
    @Inject private InstitutionReplies replies;
    @PersistenceContext private EntityManager entityManager;
    @Inject private Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void create() {
        Account particulier = accounts.findByLogin(DemoAccounts.PARTICULIER).orElse(null);
        if (!enabled
                || particulier == null
                || !conversations
                        .listOfCitizen(particulier.getId(), true, 1, clock.instant())
                        .isEmpty()) {
            return;
        }
        String answered =
                submit(
                        particulier,
                        "MOTIF_CHANGEMENT_SITUATION_FAMILLE",
                        "Bonjour, notre deuxième enfant est né le 12 novembre. Quelles démarches"
                                + " pour les allocations familiales ?");
        long agent = accounts.findByLogin(DemoAccounts.AGENT_FAMILLE).orElseThrow().getId();
        replies.reply(
                agent,
                conversations.findByReference(answered).orElseThrow().getId(),
                "Bonjour, félicitations ! Déclarez la naissance depuis le service en ligne"
                        + " « Déclarer un changement de situation » : vos droits seront revus"
                        + " automatiquement. Cordialement.");
        submit(
                particulier,
                "MOTIF_MON_DOSSIER_FAMILLE",
                "Je n'ai pas reçu l'attestation demandée le mois dernier, pouvez-vous me la"
                        + " renvoyer ?");
        accounts.findByLogin(DemoAccounts.EXPLOITANT)
                .ifPresent(
                        exploitant ->
                                submit(
                                        exploitant,
                                        "MOTIF_PAIEMENT_RETRAITE",
                                        "Ma pension de retraite n'a pas été versée ce mois-ci,"
                                                + " est-ce normal ?"));
        LOG.info("Demo conversations created (MESSAGERIE_DEMO_CONVERSATIONS=true)");
    }

    private String submit(Account citizen, String motifCode, String text) {
        long motifId =
                entityManager
                        .createQuery("select m.id from Motif m where m.code = :code", Long.class)
                        .setParameter("code", motifCode)
                        .getSingleResult();
        return service.submit(citizen, new SubmitMessage(motifId, text, SubmissionToken.newToken()))
                .reference();
    }
}
