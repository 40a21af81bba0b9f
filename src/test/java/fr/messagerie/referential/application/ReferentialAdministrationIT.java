package fr.messagerie.referential.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.referential.web.ReferentialAdminItServlet;
import fr.messagerie.referential.web.ReferentialScreensItServlet;
import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.ItDriver;
import fr.messagerie.testsupport.ItDriverServlet;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The referential admin services on the real server: only an administrator may change themes,
 * subjects, online services, teams and memberships (the service itself refuses an agent and audits
 * the refusal); every change is audited with ids and codes; the rules refuse bad entries with their
 * French message keys; and deactivating takes an entry out of the wizard while the conversations
 * that use it stay readable in the inbox, the conversation page and the dashboard. Every entry a
 * test creates has a fresh code and ends deactivated, so other tests of the same server never meet
 * it in the wizard.
 */
@ExtendWith(ArquillianExtension.class)
class ReferentialAdministrationIT {

    private static final String ADMIN = DemoAccounts.ADMIN;
    private static final String AGENT = DemoAccounts.AGENT_FAMILLE;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar(
                ItDriverServlet.class,
                ReferentialAdminItServlet.class,
                ReferentialScreensItServlet.class);
    }

    @ArquillianResource private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAgentIsRefusedByEveryAdminServiceAndEachRefusalIsAudited() throws Exception {
        String suffix = suffix();
        long before = refusals(AGENT);
        assertThat(call("theme", AGENT, theme("THEME_REFUSE_" + suffix)).statusCode())
                .isEqualTo(403);
        assertThat(
                        call(
                                        "subject",
                                        AGENT,
                                        Map.of(
                                                "code", "SUJET_REFUSE_" + suffix,
                                                "fr", "Refusé",
                                                "en", "Refused",
                                                "theme", "THEME_FAMILLE_LOGEMENT",
                                                "order", "1"))
                                .statusCode())
                .isEqualTo(403);
        assertThat(
                        call(
                                        "service",
                                        AGENT,
                                        Map.of(
                                                "code", "SERVICE_REFUSE_" + suffix,
                                                "fr", "Refusé",
                                                "en", "Refused",
                                                "url", "https://www.example.fr/"))
                                .statusCode())
                .isEqualTo(403);
        assertThat(call("team", AGENT, team("EQUIPE_REFUSEE_" + suffix)).statusCode())
                .isEqualTo(403);
        assertThat(
                        call(
                                        "member-add",
                                        AGENT,
                                        Map.of(
                                                "team", DemoAccounts.TEAM_FAMILLE,
                                                "agent", DemoAccounts.AGENT_RETRAITE,
                                                "lead", "true"))
                                .statusCode())
                .isEqualTo(403);
        assertThat(
                        call(
                                        "deactivate",
                                        AGENT,
                                        Map.of("type", "THEME", "code", "THEME_FAMILLE_LOGEMENT"))
                                .statusCode())
                .isEqualTo(403);

        assertThat(refusals(AGENT)).isEqualTo(before + 6);
        assertThat(wizard("PARTICULIER").getJsonArray("themes").toString())
                .doesNotContain("THEME_REFUSE_" + suffix)
                .contains("THEME_FAMILLE_LOGEMENT");
        assertThat(scope(DemoAccounts.AGENT_RETRAITE).getJsonArray("teams").toString())
                .doesNotContain(DemoAccounts.TEAM_FAMILLE);
    }

    @Test
    void deactivatingASubjectThenItsThemeRemovesThemFromTheWizardButNotFromConversations()
            throws Exception {
        String suffix = suffix();
        String themeCode = "THEME_ESSAI_" + suffix;
        String subjectCode = "SUJET_ESSAI_" + suffix;
        String motifCode = "MOTIF_ESSAI_" + suffix;
        String themeLabel = "Thème d'essai " + suffix;
        String subjectLabel = "Sujet d'essai " + suffix;
        long themeId = id(ok(call("theme", ADMIN, theme(themeCode, themeLabel))));
        long subjectId =
                id(
                        ok(
                                call(
                                        "subject",
                                        ADMIN,
                                        Map.of(
                                                "code", subjectCode,
                                                "fr", subjectLabel,
                                                "en", "Test subject",
                                                "theme", themeCode,
                                                "order", "10"))));
        ok(
                call(
                        "motif",
                        ADMIN,
                        Map.of(
                                "code",
                                motifCode,
                                "fr",
                                "Motif d'essai " + suffix,
                                "en",
                                "Test reason",
                                "subject",
                                subjectCode,
                                "team",
                                DemoAccounts.TEAM_FAMILLE)));
        try {
            JsonObject offered = wizard("PARTICULIER");
            assertThat(codes(offered, "themes")).contains(themeCode);
            assertThat(codes(offered, "subjects")).contains(subjectCode);
            assertThat(codes(offered, "motifs")).contains(motifCode);
            assertThat(codes(wizard("EMPLOYEUR"), "themes")).doesNotContain(themeCode);

            String reference =
                    new ItDriver(base)
                            .submit(DemoAccounts.PARTICULIER, motifCode, "Une demande d'essai.");

            ok(call("deactivate", ADMIN, Map.of("type", "SUBJECT", "code", subjectCode)));
            offered = wizard("PARTICULIER");
            assertThat(codes(offered, "subjects")).doesNotContain(subjectCode);
            assertThat(codes(offered, "motifs")).doesNotContain(motifCode);
            assertThat(codes(offered, "themes")).contains(themeCode);

            ok(call("deactivate", ADMIN, Map.of("type", "THEME", "code", themeCode)));
            assertThat(codes(wizard("PARTICULIER"), "themes")).doesNotContain(themeCode);

            // The conversation keeps its theme and subject everywhere agents look.
            JsonArray rows =
                    ok(call("inbox", AGENT, Map.of("theme", themeCode, "subject", subjectCode)))
                            .getJsonArray("rows");
            assertThat(rows).hasSize(1);
            assertThat(rows.getJsonObject(0).getString("reference")).isEqualTo(reference);
            assertThat(rows.getJsonObject(0).getString("theme")).isEqualTo(themeLabel);
            assertThat(rows.getJsonObject(0).getString("subject")).isEqualTo(subjectLabel);
            assertThat(
                            ok(call("seen-by-agent", AGENT, Map.of("reference", reference)))
                                    .getString("motif"))
                    .contains("Motif d'essai " + suffix);
            assertThat(ok(call("dashboard-themes", ADMIN, Map.of())).getInt(themeLabel))
                    .isEqualTo(1);

            assertThat(audit("THEME", themeId))
                    .containsExactly(
                            "REFERENTIAL_CREATED by admin on " + themeCode,
                            "REFERENTIAL_DEACTIVATED by admin on " + themeCode);
            assertThat(audit("SUBJECT", subjectId))
                    .containsExactly(
                            "REFERENTIAL_CREATED by admin on " + subjectCode,
                            "REFERENTIAL_DEACTIVATED by admin on " + subjectCode);
        } finally {
            call("deactivate", ADMIN, Map.of("type", "MOTIF", "code", motifCode));
            call("deactivate", ADMIN, Map.of("type", "THEME", "code", themeCode));
        }
    }

    @Test
    void theRulesRefuseBadEntriesWithTheirMessagesAndCodesNeverChange() throws Exception {
        String suffix = suffix();
        assertThat(
                        problems(
                                call(
                                        "theme",
                                        ADMIN,
                                        Map.of(
                                                "code", "THEME_FAMILLE_LOGEMENT",
                                                "fr", " ",
                                                "en", "Family",
                                                "order", "1"))))
                .containsExactly(
                        "labelFr:admin.referential.error.labelRequired",
                        "audiences:admin.referential.error.audienceRequired",
                        "code:admin.referential.error.codeTaken.THEME");
        assertThat(
                        problems(
                                call(
                                        "subject",
                                        ADMIN,
                                        Map.of(
                                                "code", "sujet essai",
                                                "fr", "Sujet",
                                                "en", "Subject",
                                                "order", "-1"))))
                .containsExactly(
                        "code:admin.referential.error.codeFormat",
                        "theme:admin.referential.error.themeRequired",
                        "sortOrder:admin.referential.error.sortOrder");
        assertThat(
                        problems(
                                call(
                                        "service",
                                        ADMIN,
                                        Map.of(
                                                "code", "SERVICE_ESSAI_" + suffix,
                                                "fr", "Service",
                                                "en", "Service",
                                                "url", "http://www.example.fr/"))))
                .containsExactly("url:admin.referential.error.urlHttps");
        Map<String, String> badTeam = new LinkedHashMap<>(team("EQUIPE_" + suffix));
        badTeam.put("email", "equipe@");
        assertThat(problems(call("team", ADMIN, badTeam)))
                .containsExactly("email:admin.referential.error.email");
        assertThat(problems(call("team", ADMIN, team(DemoAccounts.TEAM_FAMILLE))))
                .containsExactly("code:admin.referential.error.codeTaken.TEAM");
        // A team still routed to by active motifs cannot be deactivated.
        assertThat(
                        problems(
                                call(
                                        "deactivate",
                                        ADMIN,
                                        Map.of("type", "TEAM", "code", DemoAccounts.TEAM_FAMILLE))))
                .containsExactly("team:admin.referential.error.teamStillRouted");

        String themeCode = "THEME_CODE_STABLE_" + suffix;
        long themeId = id(ok(call("theme", ADMIN, theme(themeCode))));
        try {
            Map<String, String> edit = new LinkedHashMap<>(theme(themeCode, "Nouveau libellé"));
            edit.put("newCode", "THEME_RENOMME_" + suffix);
            edit.put("audiences", "EMPLOYEUR");
            ok(call("theme-update", ADMIN, edit));
            assertThat(codes(wizard("EMPLOYEUR"), "themes"))
                    .contains(themeCode)
                    .doesNotContain("THEME_RENOMME_" + suffix);
            assertThat(codes(wizard("PARTICULIER"), "themes")).doesNotContain(themeCode);
            assertThat(audit("THEME", themeId))
                    .containsExactly(
                            "REFERENTIAL_CREATED by admin on " + themeCode,
                            "REFERENTIAL_UPDATED by admin on " + themeCode);
        } finally {
            call("deactivate", ADMIN, Map.of("type", "THEME", "code", themeCode));
        }
    }

    @Test
    void anOnlineServiceIsProposedByTheChosenMotifsUntilItIsDeactivated() throws Exception {
        String suffix = suffix();
        String serviceCode = "SERVICE_ESSAI_" + suffix;
        String motif = "MOTIF_SERVICE_ESSAI_" + suffix;
        long motifId =
                id(
                        ok(
                                call(
                                        "motif",
                                        ADMIN,
                                        Map.of(
                                                "code",
                                                motif,
                                                "fr",
                                                "Motif d'essai " + suffix,
                                                "en",
                                                "Test reason",
                                                "subject",
                                                "SUBJ_ALLOCATIONS_FAMILIALES",
                                                "team",
                                                DemoAccounts.TEAM_FAMILLE))));
        try {
            assertThat(wizard("PARTICULIER").getJsonObject("proposed").containsKey(motif))
                    .isFalse();
            long serviceId =
                    id(
                            ok(
                                    call(
                                            "service",
                                            ADMIN,
                                            Map.of(
                                                    "code", serviceCode,
                                                    "fr", "Service d'essai",
                                                    "en", "Test service",
                                                    "url", "https://www.example.fr/essai",
                                                    "motifs", motif))));
            assertThat(wizard("PARTICULIER").getJsonObject("proposed").getString(motif))
                    .isEqualTo(serviceCode);
            ok(call("deactivate", ADMIN, Map.of("type", "ONLINE_SERVICE", "code", serviceCode)));
            assertThat(wizard("PARTICULIER").getJsonObject("proposed").containsKey(motif))
                    .isFalse();
            assertThat(audit("ONLINE_SERVICE", serviceId))
                    .containsExactly(
                            "REFERENTIAL_CREATED by admin on " + serviceCode,
                            "REFERENTIAL_DEACTIVATED by admin on " + serviceCode);
            assertThat(audit("MOTIF", motifId))
                    .containsExactly(
                            "REFERENTIAL_CREATED by admin on " + motif,
                            "REFERENTIAL_UPDATED by admin on " + motif);
        } finally {
            call("deactivate", ADMIN, Map.of("type", "MOTIF", "code", motif));
        }
    }

    @Test
    void membershipsDecideTheAgentsScopeAndTheLeadRoleAndAreAudited() throws Exception {
        String suffix = suffix();
        String teamCode = "EQUIPE_ESSAI_" + suffix;
        String agent = DemoAccounts.AGENT_RETRAITE;
        long teamId = id(ok(call("team", ADMIN, team(teamCode))));
        long agentId = accountId(agent);
        try {
            ok(call("member-add", ADMIN, Map.of("team", teamCode, "agent", agent, "lead", "true")));
            JsonObject scope = scope(agent);
            assertThat(codes(scope, "teams")).contains(teamCode, DemoAccounts.TEAM_RETRAITE);
            assertThat(scope.getBoolean("leads")).isTrue();
            assertThat(codes(scope, "roles")).contains("TEAM_LEAD");
            assertThat(
                            problems(
                                    call(
                                            "member-add",
                                            ADMIN,
                                            Map.of("team", teamCode, "agent", agent))))
                    .containsExactly("account:admin.teams.error.alreadyMember");
            assertThat(
                            problems(
                                    call(
                                            "member-add",
                                            ADMIN,
                                            Map.of(
                                                    "team",
                                                    teamCode,
                                                    "agent",
                                                    DemoAccounts.PARTICULIER))))
                    .containsExactly("account:admin.teams.error.notAnAgent");

            ok(
                    call(
                            "member-lead",
                            ADMIN,
                            Map.of("team", teamCode, "agent", agent, "lead", "false")));
            scope = scope(agent);
            assertThat(scope.getBoolean("leads")).isFalse();
            assertThat(codes(scope, "roles")).doesNotContain("TEAM_LEAD");
        } finally {
            call("member-remove", ADMIN, Map.of("team", teamCode, "agent", agent));
            call("deactivate", ADMIN, Map.of("type", "TEAM", "code", teamCode));
        }
        assertThat(codes(scope(agent), "teams")).containsExactly(DemoAccounts.TEAM_RETRAITE);
        String member = teamCode + " account=" + agentId;
        assertThat(audit("TEAM", teamId))
                .containsExactly(
                        "REFERENTIAL_CREATED by admin on " + teamCode,
                        "TEAM_MEMBER_ADDED by admin on " + member + " lead=true",
                        "TEAM_LEAD_CHANGED by admin on " + member + " lead=false",
                        "TEAM_MEMBER_REMOVED by admin on " + member + " lead=false",
                        "REFERENTIAL_DEACTIVATED by admin on " + teamCode);
    }

    // --- helpers ---

    private static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    private static Map<String, String> theme(String code) {
        return theme(code, "Thème " + code);
    }

    private static Map<String, String> theme(String code, String label) {
        return Map.of(
                "code",
                code,
                "fr",
                label,
                "en",
                "Theme " + code,
                "audiences",
                "PARTICULIER",
                "order",
                "999");
    }

    private static Map<String, String> team(String code) {
        return Map.of("code", code, "fr", "Équipe " + code, "en", "Team " + code);
    }

    private HttpResponse<String> call(String action, String login, Map<String, String> params)
            throws Exception {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("login", login);
        String query =
                all.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "it-admin/" + action + "?" + query))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    private static List<String> problems(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        return json(response.body()).getJsonArray("problems").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static long id(JsonObject answer) {
        return answer.getJsonNumber("id").longValue();
    }

    private JsonObject wizard(String audience) throws Exception {
        return ok(call("wizard", ADMIN, Map.of("audience", audience)));
    }

    private JsonObject scope(String agent) throws Exception {
        return ok(call("scope", ADMIN, Map.of("agent", agent)));
    }

    private long accountId(String login) throws Exception {
        return ok(call("account", ADMIN, Map.of("agent", login))).getJsonNumber("id").longValue();
    }

    private long refusals(String login) throws Exception {
        return ok(call("refusals", ADMIN, Map.of("agent", login)))
                .getJsonNumber("count")
                .longValue();
    }

    private static List<String> codes(JsonObject answer, String name) {
        return answer.getJsonArray(name).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private List<String> audit(String type, long id) throws Exception {
        HttpResponse<String> response =
                http.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                base
                                                        + "it-referential/audit?type="
                                                        + type
                                                        + "&id="
                                                        + id))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList();
        }
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
