package fr.messagerie.testsupport;

import fr.messagerie.conversation.application.ConversationService;
import fr.messagerie.conversation.application.InstitutionReplies;
import fr.messagerie.conversation.application.SubmitMessage;
import fr.messagerie.conversation.domain.Conversation;
import fr.messagerie.conversation.domain.ConversationReference;
import fr.messagerie.conversation.domain.MessageText;
import fr.messagerie.conversation.domain.NewConversation;
import fr.messagerie.conversation.domain.SubmissionToken;
import fr.messagerie.notification.application.NotificationDispatcher;
import fr.messagerie.notification.domain.Channel;
import fr.messagerie.notification.domain.Notification;
import fr.messagerie.notification.domain.NotificationKind;
import fr.messagerie.notification.infrastructure.NotificationSweeper;
import fr.messagerie.referential.domain.Audience;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.security.domain.Account;
import fr.messagerie.security.infrastructure.AccountRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * Test-only door into the deployed application, added to the WAR by client-side container tests
 * (never part of the production WAR): it calls the real services, so a test running in the test JVM
 * (where GreenMail and the SMS stub listen) can start the real notification path.
 */
@WebServlet("/it/*")
public class ItDriverServlet extends HttpServlet {

    @Inject private ConversationService conversations;
    @Inject private InstitutionReplies replies;
    @Inject private AccountRepository accounts;
    @PersistenceContext private EntityManager entityManager;
    @Resource private UserTransaction transaction;
    @Inject private NotificationDispatcher dispatcher;
    @Inject private NotificationSweeper sweeper;
    @Resource private ManagedThreadFactory threads;
    @Resource private ManagedScheduledExecutorService defaultScheduler;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            String answer =
                    switch (request.getPathInfo()) {
                        case "/submit" -> submit(request);
                        case "/reply" -> reply(request);
                        case "/orphan-notification" -> orphanNotification(request);
                        case "/interrupted-notification" -> interruptedNotification(request);
                        case "/fail-notification" -> failNotification(request);
                        case "/requeue-notification" -> requeueNotification(request);
                        case "/occupy-default-scheduler" -> occupyDefaultScheduler(request);
                        case "/answered-history" -> answeredHistory(request);
                        case "/race" -> race(request);
                        default -> null;
                    };
            write(response, answer);
        } catch (Exception e) {
            response.sendError(500, e.toString());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if ("/notifications".equals(request.getPathInfo())) {
            write(response, notifications(request.getParameter("reference")));
        } else {
            response.sendError(404);
        }
    }

    private String submit(HttpServletRequest request) {
        Account citizen = account(request.getParameter("login"));
        long motifId =
                entityManager
                        .createQuery("select m.id from Motif m where m.code = :code", Long.class)
                        .setParameter("code", request.getParameter("motif"))
                        .getSingleResult();
        String token = request.getParameter("token");
        var receipt =
                conversations.submit(
                        citizen,
                        new SubmitMessage(
                                motifId,
                                request.getParameter("text"),
                                token == null
                                        ? SubmissionToken.newToken()
                                        : SubmissionToken.parse(token)));
        return Json.createObjectBuilder().add("reference", receipt.reference()).build().toString();
    }

    private String reply(HttpServletRequest request) {
        Conversation conversation = conversation(request.getParameter("reference"));
        Account agent = account(request.getParameter("agent"));
        replies.reply(agent.getId(), conversation.getId(), request.getParameter("text"));
        return "{}";
    }

    /** A pending notification whose publication never happened, as after a crash at commit. */
    private String orphanNotification(HttpServletRequest request) throws Exception {
        transaction.begin();
        Notification orphan = pendingReplyMail(request.getParameter("reference"));
        transaction.commit();
        return Json.createObjectBuilder().add("id", orphan.getId()).build().toString();
    }

    /**
     * A notification whose delivery was claimed by a process that then died: SENDING, its lease
     * already run out. Nothing publishes it; only the sweeper finds it.
     */
    private String interruptedNotification(HttpServletRequest request) throws Exception {
        transaction.begin();
        Notification interrupted = pendingReplyMail(request.getParameter("reference"));
        entityManager.flush();
        entityManager
                .createQuery(
                        "update Notification n set n.status ="
                                + " fr.messagerie.notification.domain.NotificationStatus.SENDING,"
                                + " n.attempts = 1, n.leaseUntil = :expired,"
                                + " n.version = n.version + 1 where n.id = :id")
                .setParameter("expired", Instant.now().minus(Duration.ofMinutes(1)))
                .setParameter("id", interrupted.getId())
                .executeUpdate();
        transaction.commit();
        return Json.createObjectBuilder().add("id", interrupted.getId()).build().toString();
    }

    /** Stores, in the caller's transaction, a reply mail for the conversation that nobody sent. */
    private Notification pendingReplyMail(String reference) {
        Conversation conversation = conversation(reference);
        Notification notification =
                Notification.pending(
                        NotificationKind.REPLY_WAITING,
                        Channel.MAIL,
                        conversation.getCitizenId(),
                        conversation.getId(),
                        Instant.now());
        entityManager.persist(notification);
        return notification;
    }

    /** Puts a notification in the state it reaches after its last failed attempt. */
    private String failNotification(HttpServletRequest request) throws Exception {
        transaction.begin();
        entityManager
                .createQuery(
                        "update Notification n set n.status ="
                                + " fr.messagerie.notification.domain.NotificationStatus.FAILED,"
                                + " n.lastError = 'simulated: provider refused',"
                                + " n.version = n.version + 1 where n.id = :id")
                .setParameter("id", request.getParameter("id"))
                .executeUpdate();
        transaction.commit();
        return "{}";
    }

    /**
     * Keeps the server's default scheduled executor busy for a while, as a stuck task of any
     * application would (on Payara it has a single thread): what runs on it waits meanwhile.
     */
    private String occupyDefaultScheduler(HttpServletRequest request) {
        long seconds = Long.parseLong(request.getParameter("seconds"));
        CyclicBarrier started = new CyclicBarrier(2);
        defaultScheduler.execute(
                () -> {
                    try {
                        started.await();
                        Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
                    } catch (Exception e) {
                        Thread.currentThread().interrupt();
                    }
                });
        try {
            started.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the default scheduler did not start the task", e);
        }
        return "{}";
    }

    /** What another admin's "send again" does to a failed notification, outside any page. */
    private String requeueNotification(HttpServletRequest request) throws Exception {
        transaction.begin();
        entityManager.find(Notification.class, request.getParameter("id")).resend(Instant.now());
        transaction.commit();
        return "{}";
    }

    /**
     * Conversations of a throwaway citizen on a motif, opened {@code daysAgo} days ago and answered
     * two hours later: the recent real answers the expected response time is computed from.
     */
    private String answeredHistory(HttpServletRequest request) throws Exception {
        Motif motif =
                entityManager
                        .createQuery("select m from Motif m where m.code = :code", Motif.class)
                        .setParameter("code", request.getParameter("motif"))
                        .getSingleResult();
        int count = Integer.parseInt(request.getParameter("count"));
        Instant opened =
                Instant.now()
                        .minus(Duration.ofDays(Long.parseLong(request.getParameter("daysAgo"))));
        long agentId = account(request.getParameter("agent")).getId();
        transaction.begin();
        Account citizen =
                Account.citizen(
                        "historique-" + UUID.randomUUID(),
                        "Usager historique",
                        Audience.PARTICULIER,
                        null,
                        null);
        entityManager.persist(citizen);
        entityManager.flush();
        for (int i = 0; i < count; i++) {
            Conversation conversation =
                    Conversation.open(
                            new NewConversation(
                                    ConversationReference.generate(
                                            Year.from(opened.atZone(ZoneOffset.UTC)),
                                            new SecureRandom()),
                                    SubmissionToken.newToken(),
                                    citizen.getId(),
                                    Audience.PARTICULIER.name(),
                                    motif.getId(),
                                    motif.getTeam().getId(),
                                    opened.plus(Duration.ofDays(5)),
                                    MessageText.of("Une question ancienne, déjà traitée.")),
                            opened);
            conversation.addAgentReply(
                    agentId, "Réponse rapide.", opened.plus(Duration.ofHours(2)));
            entityManager.persist(conversation);
        }
        transaction.commit();
        return "{}";
    }

    /**
     * Dispatchers (half of them also sweeping) released together on one notification, as several
     * instances would. Threads of their own from the container's factory: a managed executor may
     * run fewer tasks at once than there are contenders (WildFly sizes it by cores), and the
     * barrier would then never open.
     */
    private String race(HttpServletRequest request) throws Exception {
        String id = request.getParameter("id");
        int contenders = Integer.parseInt(request.getParameter("contenders"));
        CyclicBarrier start = new CyclicBarrier(contenders);
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            boolean sweeps = i % 2 == 1;
            CompletableFuture<Void> run = new CompletableFuture<>();
            threads.newThread(
                            () -> {
                                try {
                                    start.await(30, TimeUnit.SECONDS);
                                    if (sweeps) {
                                        sweeper.sweepNow();
                                    }
                                    dispatcher.dispatch(id);
                                    run.complete(null);
                                } catch (Exception | Error e) {
                                    run.completeExceptionally(e);
                                }
                            })
                    .start();
            runs.add(run);
        }
        for (CompletableFuture<Void> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        return "{}";
    }

    private String notifications(String reference) {
        Conversation conversation = conversation(reference);
        JsonArrayBuilder list = Json.createArrayBuilder();
        entityManager
                .createQuery(
                        "select n from Notification n where n.conversationId = :id order by"
                                + " n.createdAt",
                        Notification.class)
                .setParameter("id", conversation.getId())
                .getResultList()
                .forEach(
                        n ->
                                list.add(
                                        Json.createObjectBuilder()
                                                .add("id", n.getId())
                                                .add("kind", n.getKind().name())
                                                .add("channel", n.getChannel().name())
                                                .add("status", n.getStatus().name())
                                                .add("attempts", n.getAttempts())
                                                .add("lastError", n.lastError().orElse(""))));
        return list.build().toString();
    }

    private Account account(String login) {
        return accounts.findByLogin(login).orElseThrow();
    }

    private Conversation conversation(String reference) {
        entityManager.clear();
        return entityManager
                .createQuery(
                        "select c from Conversation c where c.reference = :r", Conversation.class)
                .setParameter("r", reference)
                .getSingleResult();
    }

    private static void write(HttpServletResponse response, String json) throws IOException {
        if (json == null) {
            response.sendError(404);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json);
    }
}
