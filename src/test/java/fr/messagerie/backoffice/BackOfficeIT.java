package fr.messagerie.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.backoffice.domain.ConversationNote;
import fr.messagerie.backoffice.domain.WorkingDayCalendar;
import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.ItDriver;
import fr.messagerie.testsupport.ItDriverServlet;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The back office's services on the real server: routing to the motif's team, access scoping of
 * queries and actions, the deadline clock across public holidays, and the dashboard's SQL.
 */
@ExtendWith(ArquillianExtension.class)
class BackOfficeIT {

    static final String FAMILY_MOTIF = "MOTIF_CHANGEMENT_SITUATION_FAMILLE";
    static final String RETIREMENT_MOTIF = "MOTIF_ESTIMATION_RETRAITE";
    static final ZoneId PARIS = WorkingDayCalendar.METROPOLITAN_FRANCE;

    @ArquillianResource URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar(ItDriverServlet.class, BackOfficeItServlet.class);
    }

    private String submitFamilyRequest() {
        return new ItDriver(base)
                .submit(
                        DemoAccounts.PARTICULIER,
                        FAMILY_MOTIF,
                        "Nous avons eu un deuxième enfant en novembre, que dois-je déclarer ?");
    }

    private BackOfficeClient backOffice() {
        return new BackOfficeClient(base);
    }

    private static boolean lists(JsonObject inbox, String reference) {
        return inbox.getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(row -> row.getString("reference").equals(reference));
    }

    @Test
    void aFamilyRequestReachesTheFamilyTeamOnlyAndFollowsAReroute() {
        String reference = submitFamilyRequest();

        assertThat(
                        lists(
                                backOffice()
                                        .inbox(
                                                DemoAccounts.AGENT_FAMILLE,
                                                "UNASSIGNED",
                                                reference,
                                                null),
                                reference))
                .isTrue();
        assertThat(
                        lists(
                                backOffice()
                                        .inbox(DemoAccounts.AGENT_RETRAITE, "ALL", reference, null),
                                reference))
                .isFalse();
        assertThat(lists(backOffice().inbox(DemoAccounts.ADMIN, "ALL", reference, null), reference))
                .isTrue();

        assertThat(
                        backOffice()
                                .act(
                                        DemoAccounts.AGENT_FAMILLE,
                                        reference,
                                        "reroute",
                                        RETIREMENT_MOTIF))
                .isEqualTo(200);

        assertThat(
                        lists(
                                backOffice()
                                        .inbox(
                                                DemoAccounts.AGENT_RETRAITE,
                                                "UNASSIGNED",
                                                reference,
                                                null),
                                reference))
                .isTrue();
        assertThat(backOffice().act(DemoAccounts.AGENT_FAMILLE, reference, "take", null))
                .isEqualTo(404);
        assertThat(backOffice().state(reference).getJsonArray("events").getString(0))
                .isEqualTo("REROUTED");
    }

    /** A note over 4,000 characters is a refusal the page explains, not a server error. */
    @Test
    void aNoteTooLongIsRefusedAndNothingIsStored() {
        String reference = submitFamilyRequest();

        assertThat(note(reference, "x".repeat(ConversationNote.MAX_LENGTH + 1))).isEqualTo(409);
        assertThat(note(reference, " " + "x".repeat(ConversationNote.MAX_LENGTH) + " "))
                .as("4,000 characters once trimmed")
                .isEqualTo(200);

        JsonObject state = backOffice().state(reference);
        assertThat(state.getJsonArray("notes")).hasSize(1);
        assertThat(state.getJsonArray("events").getString(0)).isEqualTo("NOTE_ADDED");
    }

    private int note(String reference, String text) {
        return backOffice().act(DemoAccounts.AGENT_FAMILLE, reference, "note", text);
    }

    @Test
    void anAgentOfAnotherTeamGetsNotFoundForEveryAction() {
        String reference = submitFamilyRequest();

        Map<String, String> actions = new LinkedHashMap<>();
        actions.put("take", null);
        actions.put("note", "Texte d'essai suffisamment long");
        actions.put("reply", "Texte d'essai suffisamment long");
        actions.put("close", null);
        actions.put("reopen", null);
        actions.put("reroute", RETIREMENT_MOTIF);
        actions.put("assign", DemoAccounts.AGENT_RETRAITE);
        actions.put("transfer", "RETRAITE");
        actions.forEach(
                (action, value) ->
                        assertThat(
                                        backOffice()
                                                .act(
                                                        DemoAccounts.AGENT_RETRAITE,
                                                        reference,
                                                        action,
                                                        value))
                                .as(action)
                                .isEqualTo(404));

        JsonObject state = backOffice().state(reference);
        assertThat(state.getString("status")).isEqualTo("NEW");
        assertThat(state.getJsonArray("messages")).hasSize(1);
        assertThat(state.getJsonArray("notes")).isEmpty();
        assertThat(state.getJsonArray("events")).isEmpty();
    }

    @Test
    void myRequestsListWhatITookAndNotesNeverBecomeMessages() {
        String reference = submitFamilyRequest();

        backOffice().act(DemoAccounts.AGENT_FAMILLE, reference, "take", null);
        backOffice()
                .act(DemoAccounts.AGENT_FAMILLE, reference, "note", "Vérifier l'acte de naissance");
        backOffice()
                .act(DemoAccounts.AGENT_FAMILLE, reference, "reply", "Merci, c'est enregistré.");

        assertThat(
                        lists(
                                backOffice()
                                        .inbox(DemoAccounts.AGENT_FAMILLE, "MINE", reference, null),
                                reference))
                .isTrue();
        JsonObject state = backOffice().state(reference);
        assertThat(
                        state.getJsonArray("messages").stream()
                                .map(m -> m.asJsonObject().getString("kind")))
                .containsExactly("CITIZEN", "AGENT");
        assertThat(state.getJsonArray("messages").toString()).doesNotContain("acte de naissance");
        assertThat(state.getJsonArray("notes").getString(0))
                .isEqualTo("Vérifier l'acte de naissance");
        assertThat(
                        state.getJsonArray("events").stream()
                                .map(e -> ((jakarta.json.JsonString) e).getString()))
                .containsExactly("TAKEN", "NOTE_ADDED", "REPLIED");
    }

    @Test
    void fullTextSearchFindsARequestByTheWordsOfItsMessage() {
        String reference =
                new ItDriver(base)
                        .submit(
                                DemoAccounts.PARTICULIER,
                                FAMILY_MOTIF,
                                "Mon déménagement à Concarneau change-t-il mes droits ?");

        assertThat(
                        lists(
                                backOffice()
                                        .inbox(
                                                DemoAccounts.AGENT_FAMILLE,
                                                "ALL",
                                                null,
                                                "CONCARNEAU"),
                                reference))
                .isTrue();
        assertThat(
                        lists(
                                backOffice()
                                        .inbox(DemoAccounts.AGENT_FAMILLE, "ALL", null, "Zanzibar"),
                                reference))
                .isFalse();
    }

    @Test
    void theDeadlineCountsWorkingDaysAndTheOverdueClockSkipsPublicHolidays() {
        String reference = submitFamilyRequest();
        JsonObject state = backOffice().state(reference);
        Instant created = Instant.parse(state.getString("createdAt"));
        WorkingDayCalendar calendar = new WorkingDayCalendar();

        // The family motif promises 5 working days.
        assertThat(Instant.parse(state.getString("dueAt")))
                .isEqualTo(calendar.dueAt(created, 5, PARIS));

        // Due on Thursday 30 April 2026: 1 May, 8 May, Ascension, Whit Monday... are not counted.
        backOffice().backdate(reference, "2026-04-30T23:59:59+02:00");
        JsonObject row =
                backOffice()
                        .inbox(DemoAccounts.AGENT_FAMILLE, "OVERDUE", reference, null)
                        .getJsonArray("rows")
                        .getJsonObject(0);
        LocalDate today = LocalDate.now(PARIS);
        assertThat(row.getString("sla")).isEqualTo("OVERDUE");
        assertThat(row.getInt("workingDays"))
                .isEqualTo(-calendar.workingDaysBetween(today, LocalDate.of(2026, 4, 30)))
                .isLessThan(
                        (int)
                                java.time.temporal.ChronoUnit.DAYS.between(
                                        LocalDate.of(2026, 4, 30), today));
    }

    @Test
    void theDashboardCountsReceivedAnsweredAndOverdueRequestsOfTheLeadsTeams() {
        JsonObject before = backOffice().stats(DemoAccounts.AGENT_FAMILLE);
        String answered = submitFamilyRequest();
        String late = submitFamilyRequest();
        String otherTeam =
                new ItDriver(base)
                        .submit(
                                DemoAccounts.PARTICULIER,
                                RETIREMENT_MOTIF,
                                "Quand puis-je partir à la retraite ?");
        backOffice().act(DemoAccounts.AGENT_FAMILLE, answered, "reply", "Voici notre réponse.");
        backOffice().backdate(late, "2026-04-30T23:59:59+02:00");

        JsonObject after = backOffice().stats(DemoAccounts.AGENT_FAMILLE);

        assertThat(after.getInt("received") - before.getInt("received")).isEqualTo(2);
        assertThat(after.getInt("answered") - before.getInt("answered")).isEqualTo(1);
        assertThat(after.getInt("overdue") - before.getInt("overdue")).isEqualTo(1);
        assertThat(after.getJsonObject("byTheme").getInt("Famille, logement"))
                .isGreaterThanOrEqualTo(2);
        assertThat(after.getJsonObject("byTheme").containsKey("Retraite")).isFalse();
        assertThat(after.getJsonNumber("medianHours").doubleValue()).isGreaterThanOrEqualTo(0.0);
        assertThat(
                        backOffice()
                                .stats(DemoAccounts.ADMIN)
                                .getJsonObject("byTheme")
                                .containsKey("Retraite"))
                .isTrue();
        assertThat(otherTeam).isNotBlank();
    }

    @Test
    void theExpectedDelayFallsBackToTheTargetUntilEnoughAnswers() {
        JsonObject expected = backOffice().expected(FAMILY_MOTIF);

        assertThat(expected.getBoolean("observed")).isFalse();
        assertThat(expected.getInt("workingDays")).isEqualTo(5);
    }
}
