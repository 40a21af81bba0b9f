package fr.messagerie.backoffice;

import fr.messagerie.backoffice.application.AgentDesk;
import fr.messagerie.backoffice.application.AgentInbox;
import fr.messagerie.backoffice.application.BackOfficeActionRefusedException;
import fr.messagerie.backoffice.application.BackOfficeStatistics;
import fr.messagerie.backoffice.application.DashboardFigures;
import fr.messagerie.backoffice.application.ExpectedResponseTime;
import fr.messagerie.backoffice.application.InboxFilter;
import fr.messagerie.backoffice.application.InboxRow;
import fr.messagerie.backoffice.application.InboxSort;
import fr.messagerie.backoffice.application.InboxView;
import fr.messagerie.backoffice.domain.ConversationNote;
import fr.messagerie.backoffice.domain.ResponseTimeEstimate;
import fr.messagerie.conversation.application.ConversationNotFoundException;
import fr.messagerie.conversation.domain.Conversation;
import fr.messagerie.conversation.domain.Message;
import fr.messagerie.security.domain.Account;
import fr.messagerie.security.infrastructure.AccountRepository;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Test-only door into the back office's services, added to the WAR by the back-office container
 * tests: it acts as the named agent, so that scoping can be proven for actions as well as pages. A
 * conversation outside the agent's scope answers 404, as the pages do.
 */
@WebServlet("/it-backoffice/*")
public class BackOfficeItServlet extends HttpServlet {

    @Inject private AgentDesk desk;
    @Inject private AgentInbox inbox;
    @Inject private BackOfficeStatistics statistics;
    @Inject private ExpectedResponseTime expected;
    @Inject private AccountRepository accounts;
    @PersistenceContext private EntityManager entityManager;
    @Resource private UserTransaction transaction;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        request.setCharacterEncoding("UTF-8");
        try {
            String answer =
                    switch (request.getPathInfo()) {
                        case "/act" -> act(request);
                        case "/inbox" -> inbox(request);
                        case "/state" -> state(request.getParameter("reference"));
                        case "/stats" -> stats(request);
                        case "/backdate" -> backdate(request);
                        case "/expected" -> expected(request);
                        default -> null;
                    };
            if (answer == null) {
                response.sendError(404);
                return;
            }
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(answer);
        } catch (ConversationNotFoundException e) {
            response.sendError(404, "not found");
        } catch (BackOfficeActionRefusedException e) {
            response.sendError(409, e.reason());
        } catch (Exception e) {
            response.sendError(500, e.toString());
        }
    }

    private String act(HttpServletRequest request) {
        Account agent = account(request.getParameter("login"));
        long id = conversation(request.getParameter("reference")).getId();
        String value = request.getParameter("value");
        switch (request.getParameter("action")) {
            case "take" -> desk.take(agent, id);
            case "note" -> desk.addNote(agent, id, value);
            case "reply" -> desk.reply(agent, id, value);
            case "close" -> desk.close(agent, id);
            case "reopen" -> desk.reopen(agent, id);
            case "reroute" -> desk.reroute(agent, id, motifId(value));
            case "assign" -> desk.assignToAgent(agent, id, account(value).getId());
            case "transfer" -> desk.assignToTeam(agent, id, teamId(value));
            default -> throw new IllegalArgumentException(request.getParameter("action"));
        }
        return "{}";
    }

    /** The references the agent's inbox lists for a view (and an optional reference filter). */
    private String inbox(HttpServletRequest request) {
        Account agent = account(request.getParameter("login"));
        InboxView view = InboxView.valueOf(request.getParameter("view"));
        String reference = request.getParameter("reference");
        String text = request.getParameter("text");
        InboxFilter filter =
                new InboxFilter(
                        view, null, null, null, null, null, null, null, null, reference, text);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (InboxRow row :
                inbox.rows(agent, filter, InboxSort.URGENCY, true, 0, 200, Locale.FRENCH)) {
            JsonObjectBuilder json =
                    Json.createObjectBuilder()
                            .add("id", row.id())
                            .add("reference", row.reference())
                            .add("team", row.teamLabel())
                            .add("motif", row.motifLabel())
                            .add("citizen", row.citizenName());
            if (row.sla() != null) {
                json.add("sla", row.sla().status().name())
                        .add("workingDays", row.sla().workingDays());
            }
            rows.add(json);
        }
        return Json.createObjectBuilder()
                .add("total", inbox.count(agent, filter).value())
                .add("rows", rows)
                .build()
                .toString();
    }

    private String state(String reference) {
        Conversation conversation = conversation(reference);
        JsonArrayBuilder messages = Json.createArrayBuilder();
        for (Message message : conversation.getMessages()) {
            messages.add(
                    Json.createObjectBuilder()
                            .add("kind", message.getAuthorKind().name())
                            .add("body", message.getBody()));
        }
        JsonArrayBuilder notes = Json.createArrayBuilder();
        entityManager
                .createQuery(
                        "select n from ConversationNote n where n.conversationId = :c",
                        ConversationNote.class)
                .setParameter("c", conversation.getId())
                .getResultList()
                .forEach(n -> notes.add(n.getBody()));
        JsonArrayBuilder events = Json.createArrayBuilder();
        entityManager
                .createQuery(
                        "select e.kind from ConversationEvent e where e.conversationId = :c order"
                                + " by e.occurredAt, e.id")
                .setParameter("c", conversation.getId())
                .getResultList()
                .forEach(kind -> events.add(kind.toString()));
        return Json.createObjectBuilder()
                .add("id", conversation.getId())
                .add("status", conversation.getStatus().name())
                .add("teamId", conversation.getTeamId())
                .add("assigneeId", conversation.assigneeId().orElse(0L))
                .add("createdAt", conversation.getCreatedAt().toString())
                .add("dueAt", conversation.getDueAt().toString())
                .add("messages", messages)
                .add("notes", notes)
                .add("events", events)
                .build()
                .toString();
    }

    private String stats(HttpServletRequest request) {
        DashboardFigures figures =
                statistics.figures(account(request.getParameter("login")), 30, Locale.FRENCH);
        JsonObjectBuilder byStatus = Json.createObjectBuilder();
        figures.byStatus().forEach(byStatus::add);
        JsonObjectBuilder byTheme = Json.createObjectBuilder();
        figures.byTheme().forEach(byTheme::add);
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("received", figures.received())
                        .add("answered", figures.answered())
                        .add("overdue", figures.overdue())
                        .add("offers", figures.offers())
                        .add("byStatus", byStatus)
                        .add("byTheme", byTheme);
        if (figures.medianFirstResponseHours() != null) {
            json.add("medianHours", figures.medianFirstResponseHours())
                    .add("p90Hours", figures.p90FirstResponseHours());
        }
        return json.build().toString();
    }

    /** Moves a conversation's deadline, as if it had been received long ago. */
    private String backdate(HttpServletRequest request) throws Exception {
        long id = conversation(request.getParameter("reference")).getId();
        transaction.begin();
        entityManager
                .createNativeQuery("update conversation set due_at = ?1 where id = ?2")
                .setParameter(1, OffsetDateTime.parse(request.getParameter("dueAt")))
                .setParameter(2, id)
                .executeUpdate();
        transaction.commit();
        return "{}";
    }

    private String expected(HttpServletRequest request) {
        ResponseTimeEstimate estimate = expected.forMotif(motifId(request.getParameter("motif")));
        return Json.createObjectBuilder()
                .add("workingDays", estimate.workingDays())
                .add("observed", estimate.observed())
                .build()
                .toString();
    }

    private long motifId(String code) {
        return entityManager
                .createQuery("select m.id from Motif m where m.code = :code", Long.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    private long teamId(String code) {
        return entityManager
                .createQuery("select t.id from Team t where t.code = :code", Long.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    private Account account(String login) {
        return accounts.findByLogin(login).orElseThrow();
    }

    private Conversation conversation(String reference) {
        entityManager.clear();
        List<Conversation> found =
                entityManager
                        .createQuery(
                                "select c from Conversation c where c.reference = :r",
                                Conversation.class)
                        .setParameter("r", reference)
                        .getResultList();
        if (found.isEmpty()) {
            throw new ConversationNotFoundException();
        }
        return found.get(0);
    }
}
