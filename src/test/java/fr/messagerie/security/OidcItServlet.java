package fr.messagerie.security;

import fr.messagerie.security.domain.Account;
import fr.messagerie.security.domain.AuditAction;
import fr.messagerie.security.domain.AuditEvent;
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
import java.util.Optional;

/**
 * Test-only door for {@link OidcSignInIT} (never in the production WAR): the account a subject got
 * on first sign-in, the audit trail written under that login, and the reasons of refused OpenID
 * Connect sign-ins (no actor is known for those).
 */
@WebServlet({"/it-oidc/account", "/it-oidc/failures"})
public class OidcItServlet extends HttpServlet {

    @Inject private AccountRepository accounts;
    @PersistenceContext private EntityManager entityManager;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        entityManager.clear();
        if ("/it-oidc/failures".equals(request.getServletPath())) {
            JsonArrayBuilder reasons = Json.createArrayBuilder();
            entityManager
                    .createQuery(
                            "select e from AuditEvent e where e.action = :action"
                                    + " and e.actorLogin is null order by e.id",
                            AuditEvent.class)
                    .setParameter("action", AuditAction.SIGN_IN_FAILED)
                    .getResultList()
                    .forEach(e -> reasons.add(e.detail().orElse("")));
            response.setContentType("application/json");
            response.getWriter().write(reasons.build().toString());
            return;
        }
        String login = String.valueOf(request.getParameter("login"));
        Optional<Account> found = accounts.findByLogin(login);
        if (found.isEmpty()) {
            response.sendError(404);
            return;
        }
        Account account = found.get();
        JsonArrayBuilder audit = Json.createArrayBuilder();
        entityManager
                .createQuery(
                        "select e from AuditEvent e where e.actorLogin = :login order by e.id",
                        AuditEvent.class)
                .setParameter("login", login)
                .getResultList()
                .forEach(e -> audit.add(e.getAction().name() + ":" + e.detail().orElse("")));
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(
                        Json.createObjectBuilder()
                                .add("kind", account.getKind().name())
                                .add("displayName", account.getDisplayName())
                                .add("audience", String.valueOf(account.getAudience()))
                                .add("email", account.email().orElse(""))
                                .add("mobile", account.mobile().orElse(""))
                                .add("hasPassword", account.passwordHash().isPresent())
                                .add("roles", String.join(",", account.getRoles()))
                                .add("audit", audit)
                                .build()
                                .toString());
    }
}
