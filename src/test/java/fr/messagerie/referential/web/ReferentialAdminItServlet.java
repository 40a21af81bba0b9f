package fr.messagerie.referential.web;

import fr.messagerie.backoffice.application.CannedResponseAdministration;
import fr.messagerie.referential.application.ReferentialAdministration;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.security.application.NotAnAdministratorException;
import fr.messagerie.security.infrastructure.AccountRepository;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Test-only door into the referential administration, added to the WAR by its container test: it
 * acts as the named account (so the service's own role check can be proven without the page's
 * constraint), and reads back what the catalog and the audit trail hold. A refusal answers 403.
 */
@WebServlet("/it-referential/*")
public class ReferentialAdminItServlet extends HttpServlet {

    @Inject private ReferentialAdministration administration;
    @Inject private ReferentialCatalog catalog;
    @Inject private CannedResponseAdministration canned;
    @Inject private AccountRepository accounts;
    @PersistenceContext private EntityManager entityManager;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            String answer =
                    switch (request.getPathInfo()) {
                        case "/deactivate" -> deactivate(request);
                        case "/motif" -> motif(request.getParameter("code"));
                        case "/conversation" -> conversation(request.getParameter("reference"));
                        case "/audit" ->
                                audit(request.getParameter("type"), request.getParameter("id"));
                        case "/canned-delete" -> deleteCanned(request);
                        default -> null;
                    };
            if (answer == null) {
                response.sendError(404);
                return;
            }
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(answer);
        } catch (NotAnAdministratorException e) {
            response.sendError(403, "not an administrator");
        } catch (Exception e) {
            response.sendError(500, e.toString());
        }
    }

    private String deactivate(HttpServletRequest request) {
        administration.deactivateMotif(
                accounts.findByLogin(request.getParameter("login")).orElseThrow(),
                motifId(request.getParameter("code")));
        return "{}";
    }

    /** The motif as conversations see it: through the catalog's lookup that keeps inactive ones. */
    private String motif(String code) {
        Motif motif = catalog.motif(motifId(code)).orElseThrow();
        return Json.createObjectBuilder()
                .add("id", motif.getId())
                .add("active", motif.isActive())
                .add("label", motif.getLabel().french())
                .add("slaWorkingDays", motif.getSlaWorkingDays())
                .build()
                .toString();
    }

    private String conversation(String reference) {
        Long id =
                entityManager
                        .createQuery(
                                "select c.id from Conversation c where c.reference = :r",
                                Long.class)
                        .setParameter("r", reference)
                        .getSingleResult();
        return Json.createObjectBuilder().add("id", id).build().toString();
    }

    private String deleteCanned(HttpServletRequest request) {
        canned.delete(
                accounts.findByLogin(request.getParameter("login")).orElseThrow(),
                Long.parseLong(request.getParameter("id")));
        return "{}";
    }

    /** The audit events about one object, oldest first, as "ACTION by login on detail". */
    private String audit(String type, String id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "SELECT action, actor_login, detail FROM audit_event WHERE"
                                        + " target_type = ? AND target_id = ? ORDER BY id")
                        .setParameter(1, type == null ? "MOTIF" : type)
                        .setParameter(2, id)
                        .getResultList();
        JsonArrayBuilder events = Json.createArrayBuilder();
        rows.forEach(row -> events.add(row[0] + " by " + row[1] + " on " + row[2]));
        return events.build().toString();
    }

    private long motifId(String code) {
        return entityManager
                .createQuery("select m.id from Motif m where m.code = :code", Long.class)
                .setParameter("code", code)
                .getSingleResult();
    }
}
