package fr.messagerie.testsupport;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Properties;

/**
 * Test-only door for client-side batch tests (added to the WAR by those tests only): ages a
 * conversation the real services created, runs a job to its end, and reads a status back.
 */
@WebServlet("/it-batch/*")
public class BatchItServlet extends HttpServlet {

    @PersistenceContext private EntityManager entityManager;
    @Resource private UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            String answer =
                    switch (request.getPathInfo()) {
                        case "/make-overdue" -> makeOverdue(request.getParameter("reference"));
                        case "/make-waiting" ->
                                makeWaiting(
                                        request.getParameter("reference"),
                                        Integer.parseInt(request.getParameter("days")));
                        case "/run" -> run(request);
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
        if ("/status".equals(request.getPathInfo())) {
            entityManager.clear();
            Object status =
                    entityManager
                            .createNativeQuery(
                                    "SELECT status FROM conversation WHERE reference = ?")
                            .setParameter(1, request.getParameter("reference"))
                            .getSingleResult();
            write(
                    response,
                    Json.createObjectBuilder().add("status", status.toString()).build().toString());
        } else {
            response.sendError(404);
        }
    }

    private String makeOverdue(String reference) throws Exception {
        return update(
                "UPDATE conversation SET due_at = ? WHERE reference = ?",
                Instant.now().minus(3, ChronoUnit.DAYS),
                reference);
    }

    private String makeWaiting(String reference, int days) throws Exception {
        return update(
                "UPDATE conversation SET status = 'WAITING_CITIZEN', updated_at = ? WHERE"
                        + " reference = ?",
                Instant.now().minus(days, ChronoUnit.DAYS),
                reference);
    }

    private String update(String sql, Instant instant, String reference) throws Exception {
        transaction.begin();
        entityManager.joinTransaction();
        int rows =
                entityManager
                        .createNativeQuery(sql)
                        .setParameter(1, instant.atOffset(ZoneOffset.UTC))
                        .setParameter(2, reference)
                        .executeUpdate();
        transaction.commit();
        return Json.createObjectBuilder().add("rows", rows).build().toString();
    }

    private String run(HttpServletRequest request) throws Exception {
        Properties params = new Properties();
        request.getParameterMap()
                .forEach(
                        (name, values) -> {
                            if (!name.equals("job")) {
                                params.setProperty(name, values[0]);
                            }
                        });
        long id = BatchJobs.start(request.getParameter("job"), params);
        String status = BatchJobs.awaitEnd(id).name();
        String exit = BatchRuntime.getJobOperator().getJobExecution(id).getExitStatus();
        return Json.createObjectBuilder()
                .add("executionId", id)
                .add("status", status)
                .add("exitStatus", String.valueOf(exit))
                .build()
                .toString();
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
