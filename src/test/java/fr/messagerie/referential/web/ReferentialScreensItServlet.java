package fr.messagerie.referential.web;

import fr.messagerie.backoffice.application.AgentAccess;
import fr.messagerie.backoffice.application.AgentConversations;
import fr.messagerie.backoffice.application.AgentDesk;
import fr.messagerie.backoffice.application.AgentInbox;
import fr.messagerie.backoffice.application.BackOfficeStatistics;
import fr.messagerie.backoffice.application.InboxFilter;
import fr.messagerie.backoffice.application.InboxRow;
import fr.messagerie.backoffice.application.InboxSort;
import fr.messagerie.backoffice.application.InboxView;
import fr.messagerie.referential.application.InvalidReferentialEntryException;
import fr.messagerie.referential.application.OnlineServiceAdministration;
import fr.messagerie.referential.application.ReferentialAdministration;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.referential.application.SubjectAdministration;
import fr.messagerie.referential.application.TeamAdministration;
import fr.messagerie.referential.application.TeamMembershipAdministration;
import fr.messagerie.referential.application.ThemeAdministration;
import fr.messagerie.referential.domain.Audience;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.referential.domain.MotifDraft;
import fr.messagerie.referential.domain.OnlineService;
import fr.messagerie.referential.domain.OnlineServiceDraft;
import fr.messagerie.referential.domain.ReferentialEntry;
import fr.messagerie.referential.domain.Subject;
import fr.messagerie.referential.domain.SubjectDraft;
import fr.messagerie.referential.domain.Team;
import fr.messagerie.referential.domain.TeamDraft;
import fr.messagerie.referential.domain.Theme;
import fr.messagerie.referential.domain.ThemeDraft;
import fr.messagerie.security.application.NotAnAdministratorException;
import fr.messagerie.security.domain.Account;
import fr.messagerie.security.infrastructure.AccountRepository;
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
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Test-only door into the referential admin services (themes, subjects, online services, teams,
 * memberships), added to the WAR by their container tests: it acts as the named account, so the
 * services' own ADMIN check is proven without the pages' constraint, and reads back what the wizard
 * offers, what an agent's scope holds and what the inbox and dashboard show. Entries are named by
 * code, accounts by login. A refusal answers 403; a validation refusal 422 with the problems.
 */
@WebServlet("/it-admin/*")
public class ReferentialScreensItServlet extends HttpServlet {

    @Inject private ThemeAdministration themes;
    @Inject private SubjectAdministration subjects;
    @Inject private OnlineServiceAdministration services;
    @Inject private TeamAdministration teams;
    @Inject private TeamMembershipAdministration members;
    @Inject private ReferentialAdministration motifs;
    @Inject private ReferentialCatalog catalog;
    @Inject private AgentAccess access;
    @Inject private AgentInbox inbox;
    @Inject private AgentDesk desk;
    @Inject private AgentConversations conversations;
    @Inject private BackOfficeStatistics statistics;
    @Inject private AccountRepository accounts;
    @PersistenceContext private EntityManager entityManager;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        request.setCharacterEncoding("UTF-8");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            String answer = answer(request);
            if (answer == null) {
                response.sendError(404);
                return;
            }
            response.getWriter().write(answer);
        } catch (NotAnAdministratorException e) {
            response.sendError(403, "not an administrator");
        } catch (InvalidReferentialEntryException e) {
            JsonArrayBuilder problems = Json.createArrayBuilder();
            e.problems().forEach(p -> problems.add(p.field() + ":" + p.messageKey()));
            response.setStatus(422);
            response.getWriter()
                    .write(Json.createObjectBuilder().add("problems", problems).build().toString());
        } catch (Exception e) {
            response.sendError(500, e.toString());
        }
    }

    private String answer(HttpServletRequest r) {
        Account actor = r.getParameter("login") == null ? null : account(r.getParameter("login"));
        return switch (r.getPathInfo()) {
            case "/theme" ->
                    id(
                            themes.create(
                                    actor,
                                    new ThemeDraft(
                                            r.getParameter("code"),
                                            r.getParameter("fr"),
                                            r.getParameter("en"),
                                            audiences(r.getParameter("audiences")),
                                            number(r.getParameter("order")))));
            case "/theme-update" -> {
                themes.update(
                        actor,
                        id(Theme.class, r.getParameter("code")),
                        new ThemeDraft(
                                r.getParameter("newCode"),
                                r.getParameter("fr"),
                                r.getParameter("en"),
                                audiences(r.getParameter("audiences")),
                                number(r.getParameter("order"))));
                yield "{}";
            }
            case "/subject" ->
                    id(
                            subjects.create(
                                    actor,
                                    new SubjectDraft(
                                            r.getParameter("code"),
                                            r.getParameter("fr"),
                                            r.getParameter("en"),
                                            optionalId(Theme.class, r.getParameter("theme")),
                                            number(r.getParameter("order")))));
            case "/motif" ->
                    id(
                            motifs.createMotif(
                                    actor,
                                    new MotifDraft(
                                            r.getParameter("code"),
                                            r.getParameter("fr"),
                                            r.getParameter("en"),
                                            optionalId(Subject.class, r.getParameter("subject")),
                                            optionalId(Team.class, r.getParameter("team")),
                                            null,
                                            5,
                                            10)));
            case "/service" ->
                    id(
                            services.create(
                                    actor,
                                    new OnlineServiceDraft(
                                            r.getParameter("code"),
                                            r.getParameter("fr"),
                                            r.getParameter("en"),
                                            r.getParameter("url"),
                                            motifIds(r.getParameter("motifs")))));
            case "/team" ->
                    id(
                            teams.create(
                                    actor,
                                    new TeamDraft(
                                            r.getParameter("code"),
                                            r.getParameter("fr"),
                                            r.getParameter("en"),
                                            r.getParameter("email"))));
            case "/deactivate" -> {
                activate(actor, r.getParameter("type"), r.getParameter("code"), false);
                yield "{}";
            }
            case "/reactivate" -> {
                activate(actor, r.getParameter("type"), r.getParameter("code"), true);
                yield "{}";
            }
            case "/member-add" -> {
                members.add(
                        actor,
                        id(Team.class, r.getParameter("team")),
                        account(r.getParameter("agent")).getId(),
                        Boolean.parseBoolean(r.getParameter("lead")));
                yield "{}";
            }
            case "/member-lead" -> {
                members.setLead(
                        actor,
                        id(Team.class, r.getParameter("team")),
                        account(r.getParameter("agent")).getId(),
                        Boolean.parseBoolean(r.getParameter("lead")));
                yield "{}";
            }
            case "/member-remove" -> {
                members.remove(
                        actor,
                        id(Team.class, r.getParameter("team")),
                        account(r.getParameter("agent")).getId());
                yield "{}";
            }
            case "/wizard" -> wizard(Audience.valueOf(r.getParameter("audience")));
            case "/scope" -> scope(r.getParameter("agent"));
            case "/take" -> {
                desk.take(actor, conversationId(r.getParameter("reference")));
                yield "{}";
            }
            case "/inbox" -> inbox(actor, r);
            case "/seen-by-agent" -> seenByAgent(actor, r.getParameter("reference"));
            case "/dashboard-themes" -> dashboardThemes(actor);
            case "/refusals" -> refusals(r.getParameter("agent"));
            case "/account" -> id(account(r.getParameter("agent")).getId());
            default -> null;
        };
    }

    private void activate(Account actor, String type, String code, boolean active) {
        switch (type) {
            case "THEME" -> {
                long id = id(Theme.class, code);
                if (active) {
                    themes.reactivate(actor, id);
                } else {
                    themes.deactivate(actor, id);
                }
            }
            case "SUBJECT" -> {
                long id = id(Subject.class, code);
                if (active) {
                    subjects.reactivate(actor, id);
                } else {
                    subjects.deactivate(actor, id);
                }
            }
            case "MOTIF" -> {
                long id = id(Motif.class, code);
                if (active) {
                    motifs.reactivateMotif(actor, id);
                } else {
                    motifs.deactivateMotif(actor, id);
                }
            }
            case "ONLINE_SERVICE" -> {
                long id = id(OnlineService.class, code);
                if (active) {
                    services.reactivate(actor, id);
                } else {
                    services.deactivate(actor, id);
                }
            }
            case "TEAM" -> {
                long id = id(Team.class, code);
                if (active) {
                    teams.reactivate(actor, id);
                } else {
                    teams.deactivate(actor, id);
                }
            }
            default -> throw new IllegalArgumentException(type);
        }
    }

    /** Every code the wizard offers the audience, level by level, and the service of each motif. */
    private String wizard(Audience audience) {
        JsonArrayBuilder themeCodes = Json.createArrayBuilder();
        JsonArrayBuilder subjectCodes = Json.createArrayBuilder();
        JsonArrayBuilder motifCodes = Json.createArrayBuilder();
        JsonObjectBuilder proposed = Json.createObjectBuilder();
        for (Theme theme : catalog.themesFor(audience)) {
            themeCodes.add(theme.getCode());
            for (Subject subject : catalog.subjectsOf(audience, theme.getId())) {
                subjectCodes.add(subject.getCode());
                for (Motif motif : catalog.motifsOf(audience, subject.getId())) {
                    motifCodes.add(motif.getCode());
                    motif.proposedOnlineService()
                            .ifPresent(s -> proposed.add(motif.getCode(), s.getCode()));
                }
            }
        }
        return Json.createObjectBuilder()
                .add("themes", themeCodes)
                .add("subjects", subjectCodes)
                .add("motifs", motifCodes)
                .add("proposed", proposed)
                .build()
                .toString();
    }

    private String scope(String login) {
        Account agent = account(login);
        var scope = access.scopeOf(agent);
        JsonArrayBuilder teamCodes = Json.createArrayBuilder();
        scope.teamIds().stream()
                .map(id -> entityManager.find(Team.class, id).getCode())
                .sorted()
                .forEach(teamCodes::add);
        JsonArrayBuilder roles = Json.createArrayBuilder();
        agent.getRoles().stream().sorted().forEach(roles::add);
        return Json.createObjectBuilder()
                .add("teams", teamCodes)
                .add("leads", scope.leadsATeam())
                .add("roles", roles)
                .build()
                .toString();
    }

    /** The references the inbox lists for the filter (codes and logins), with their labels. */
    private String inbox(Account actor, HttpServletRequest r) {
        InboxFilter filter =
                new InboxFilter(
                        InboxView.ALL,
                        null,
                        optionalId(Theme.class, r.getParameter("theme")),
                        optionalId(Subject.class, r.getParameter("subject")),
                        null,
                        null,
                        r.getParameter("assignee") == null
                                ? null
                                : account(r.getParameter("assignee")).getId(),
                        null,
                        null,
                        r.getParameter("reference"),
                        null);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (InboxRow row :
                inbox.rows(actor, filter, InboxSort.CREATED, false, 0, 500, Locale.FRENCH)) {
            rows.add(
                    Json.createObjectBuilder()
                            .add("reference", row.reference())
                            .add("theme", row.themeLabel())
                            .add("subject", row.subjectLabel())
                            .add("motif", row.motifLabel()));
        }
        return Json.createObjectBuilder().add("rows", rows).build().toString();
    }

    /** What the agent's conversation page shows of the motif. */
    private String seenByAgent(Account actor, String reference) {
        var detail = conversations.detail(actor, conversationId(reference), Locale.FRENCH);
        return Json.createObjectBuilder()
                .add("reference", detail.reference())
                .add("motif", detail.motifPath())
                .build()
                .toString();
    }

    private String dashboardThemes(Account actor) {
        JsonObjectBuilder byTheme = Json.createObjectBuilder();
        statistics.figures(actor, 30, Locale.FRENCH).byTheme().forEach(byTheme::add);
        return byTheme.build().toString();
    }

    private String refusals(String login) {
        Number count =
                (Number)
                        entityManager
                                .createNativeQuery(
                                        "select count(*) from audit_event where action ="
                                                + " 'ACCESS_REFUSED' and actor_login = ?")
                                .setParameter(1, login)
                                .getSingleResult();
        return Json.createObjectBuilder().add("count", count.longValue()).build().toString();
    }

    private static String id(long id) {
        return Json.createObjectBuilder().add("id", id).build().toString();
    }

    private long id(Class<? extends ReferentialEntry> type, String code) {
        return entityManager
                .createQuery(
                        "select e.id from " + type.getSimpleName() + " e where e.code = :c",
                        Long.class)
                .setParameter("c", code)
                .getSingleResult();
    }

    private Long optionalId(Class<? extends ReferentialEntry> type, String code) {
        return code == null || code.isBlank() ? null : id(type, code);
    }

    private Set<Long> motifIds(String codes) {
        return codes == null || codes.isBlank()
                ? Set.of()
                : Arrays.stream(codes.split(","))
                        .map(code -> id(Motif.class, code))
                        .collect(Collectors.toSet());
    }

    private static Set<Audience> audiences(String names) {
        return names == null || names.isBlank()
                ? Set.of()
                : Arrays.stream(names.split(","))
                        .map(Audience::valueOf)
                        .collect(Collectors.toSet());
    }

    private static Integer number(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text);
    }

    private long conversationId(String reference) {
        return entityManager
                .createQuery("select c.id from Conversation c where c.reference = :r", Long.class)
                .setParameter("r", reference)
                .getSingleResult();
    }

    private Account account(String login) {
        return accounts.findByLogin(login).orElseThrow();
    }
}
