package fr.messagerie.security;

import fr.messagerie.conversation.application.CitizenConversations;
import fr.messagerie.conversation.application.ConversationNotFoundException;
import fr.messagerie.conversation.application.ConversationService;
import fr.messagerie.conversation.application.SubmitMessage;
import fr.messagerie.conversation.domain.SubmissionToken;
import fr.messagerie.referential.domain.Audience;
import fr.messagerie.security.application.RateLimitExceededException;
import fr.messagerie.security.domain.Account;
import fr.messagerie.security.domain.AuditEvent;
import fr.messagerie.security.infrastructure.AccountRepository;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

/**
 * Test-only door for the security container tests (never in the production WAR): creates fresh
 * citizens (so limits and throttles start from zero whatever ran before), calls the real
 * conversation services as a given citizen and reads the audit trail back.
 */
@WebServlet("/it-security/*")
public class SecurityItServlet extends HttpServlet {

    public static final String PASSWORD = "Test-Securite-2026";
    static final String MOTIF = "MOTIF_CHANGEMENT_SITUATION_FAMILLE";

    @Inject private ConversationService conversations;
    @Inject private CitizenConversations citizenConversations;
    @Inject private AccountRepository accounts;
    @Inject private Pbkdf2PasswordHash passwordHash;
    @PersistenceContext private EntityManager entityManager;
    @Resource private UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        request.setCharacterEncoding("UTF-8"); // the driver sends UTF-8 forms (accents in names)
        JsonObjectBuilder answer = Json.createObjectBuilder();
        try {
            switch (request.getPathInfo()) {
                case "/citizen" -> answer.add("login", newCitizen(request.getParameter("name")));
                case "/submit" -> answer.add("reference", submit(request));
                case "/reply" -> {
                    citizenConversations.reply(
                            account(request), request.getParameter("reference"), text(request));
                    answer.add("outcome", "stored");
                }
                case "/age" -> {
                    age(account(request), Long.parseLong(request.getParameter("hours")));
                    answer.add("outcome", "aged");
                }
                case "/open" -> {
                    citizenConversations.open(
                            account(request), request.getParameter("reference"), Locale.FRENCH);
                    answer.add("outcome", "opened");
                }
                default -> {
                    response.sendError(404);
                    return;
                }
            }
        } catch (RateLimitExceededException refused) {
            answer.add("outcome", "refused").add("messageKey", refused.messageKey());
        } catch (ConversationNotFoundException notFound) {
            answer.add("outcome", "notFound");
        } catch (Exception e) {
            response.sendError(500, e.toString());
            return;
        }
        write(response, answer.build().toString());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if ("/hash".equals(request.getPathInfo())) {
            // The stored hash's parameters only (algorithm and iterations), never the hash.
            entityManager.clear();
            String[] stored = account(request).passwordHash().orElse("none:0").split(":");
            write(
                    response,
                    Json.createObjectBuilder()
                            .add("algorithm", stored[0])
                            .add("iterations", Integer.parseInt(stored[1]))
                            .build()
                            .toString());
            return;
        }
        if (!"/audit".equals(request.getPathInfo())) {
            response.sendError(404);
            return;
        }
        entityManager.clear();
        JsonArrayBuilder events = Json.createArrayBuilder();
        entityManager
                .createQuery(
                        "select e from AuditEvent e where e.actorLogin = :login"
                                + " or e.targetId = :target order by e.id",
                        AuditEvent.class)
                .setParameter("login", String.valueOf(request.getParameter("login")))
                .setParameter("target", String.valueOf(request.getParameter("target")))
                .getResultList()
                .forEach(
                        e ->
                                events.add(
                                        Json.createObjectBuilder()
                                                .add("action", e.getAction().name())
                                                .add("actorId", e.actorId().orElse(-1L))
                                                .add("actorLogin", e.actorLogin().orElse(""))
                                                .add("targetType", e.targetType().orElse(""))
                                                .add("targetId", e.targetId().orElse(""))
                                                .add("detail", e.detail().orElse(""))
                                                .add("occurredAt", e.getOccurredAt().toString())));
        write(response, events.build().toString());
    }

    private String newCitizen(String displayName) throws Exception {
        String login = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Account citizen =
                Account.citizen(
                        login,
                        displayName == null ? "Test Sécurité" : displayName,
                        Audience.PARTICULIER,
                        login + "@example.fr",
                        null);
        // The platform's defaults (SHA-256, 2,048 iterations), as accounts created before the
        // current policy were hashed: the first sign-in must upgrade them.
        citizen.changePasswordHash(passwordHash.generate(PASSWORD.toCharArray()));
        transaction.begin();
        accounts.add(citizen);
        transaction.commit();
        return login;
    }

    private String submit(HttpServletRequest request) {
        long motifId =
                entityManager
                        .createQuery("select m.id from Motif m where m.code = :code", Long.class)
                        .setParameter("code", MOTIF)
                        .getSingleResult();
        return conversations
                .submit(
                        account(request),
                        new SubmitMessage(motifId, text(request), SubmissionToken.newToken()))
                .reference();
    }

    /** Moves everything the account wrote back in time, as if it had been written hours ago. */
    private void age(Account author, long hours) throws Exception {
        transaction.begin();
        // A literal interval (a parsed number): both databases read "interval '25' hour".
        entityManager
                .createNativeQuery(
                        "update message set created_at = created_at - interval '"
                                + hours
                                + "' hour where author_id = ?1")
                .setParameter(1, author.getId())
                .executeUpdate();
        transaction.commit();
    }

    private Account account(HttpServletRequest request) {
        return accounts.findByLogin(request.getParameter("login")).orElseThrow();
    }

    private static String text(HttpServletRequest request) {
        String text = request.getParameter("text");
        return text == null ? "Un message de test assez long pour être accepté." : text;
    }

    private static void write(HttpServletResponse response, String json) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
