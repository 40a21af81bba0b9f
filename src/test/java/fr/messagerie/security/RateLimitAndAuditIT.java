package fr.messagerie.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.Browser;
import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.FacesHttp;
import fr.messagerie.testsupport.ItDriver;
import fr.messagerie.testsupport.ItDriverServlet;
import fr.messagerie.testsupport.SameInstant;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Rate limits (messages per citizen, failed sign-ins per login) and the audit trail, through the
 * real services and the real sign-in form, with the shipped limits (5 messages an hour).
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitAndAuditIT {

    static final ResourceBundle FRENCH =
            ResourceBundle.getBundle("fr.messagerie.i18n.messages", Locale.FRENCH);

    @ArquillianResource URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar(
                Map.of(
                        "messagerie.rate-limit.messages-per-hour", "5",
                        "messagerie.rate-limit.messages-per-day", "20"),
                SecurityItServlet.class,
                ItDriverServlet.class);
    }

    @Test
    void theSixthNewMessageWithinAnHourIsRefusedWithAFrenchExplanation() {
        SecurityDriver driver = new SecurityDriver(base);
        String citizen = driver.newCitizen();
        for (int i = 0; i < 5; i++) {
            driver.submit(citizen);
        }

        JsonObject sixth = driver.trySubmit(citizen);

        assertThat(sixth.getString("outcome")).isEqualTo("refused");
        assertThat(FRENCH.getString(sixth.getString("messageKey")))
                .isEqualTo(
                        "Vous avez envoyé beaucoup de messages en peu de temps. Réessayez dans"
                                + " une heure.");
        assertThat(actions(driver.audit(citizen, "-"))).contains("RATE_LIMITED");
    }

    /**
     * Twenty new messages at the same instant from one citizen: exactly the hourly limit is stored,
     * every other one is refused with the explanation. A check that counted before any of them was
     * stored would let all twenty through.
     */
    @Test
    void twentyMessagesAtTheSameInstantStoreExactlyTheLimit() throws Exception {
        SecurityDriver driver = new SecurityDriver(base);
        String citizen = driver.newCitizen();
        List<JsonObject> outcomes = SameInstant.call(20, () -> driver.trySubmit(citizen));
        assertThat(outcomes.stream().filter(a -> a.containsKey("reference"))).hasSize(5);
        assertThat(outcomes.stream().filter(a -> !a.containsKey("reference")))
                .hasSize(15)
                .allSatisfy(
                        refused -> {
                            assertThat(refused.getString("outcome")).isEqualTo("refused");
                            assertThat(refused.getString("messageKey"))
                                    .isEqualTo("rateLimit.messages.hourly");
                        });
        assertThat(actions(driver.audit(citizen, "-")).stream().filter("RATE_LIMITED"::equals))
                .hasSize(15);
    }

    /**
     * Messages older than an hour leave the hourly count but stay in the daily one: four hours of
     * five messages reach the day's twenty, the twenty-first is refused for the day, and a day
     * later the citizen may write again.
     */
    @Test
    void theDailyLimitCountsMessagesOlderThanAnHour() {
        SecurityDriver driver = new SecurityDriver(base);
        String citizen = driver.newCitizen();
        for (int hour = 0; hour < 4; hour++) {
            for (int i = 0; i < 5; i++) {
                assertThat(driver.trySubmit(citizen).containsKey("reference"))
                        .as("message %d of hour %d", i + 1, hour + 1)
                        .isTrue();
            }
            driver.age(citizen, 2);
        }

        JsonObject refused = driver.trySubmit(citizen);

        assertThat(refused.getString("outcome")).isEqualTo("refused");
        assertThat(refused.getString("messageKey")).isEqualTo("rateLimit.messages.daily");
        assertThat(FRENCH.getString(refused.getString("messageKey")))
                .isEqualTo(
                        "Vous avez atteint le nombre maximal de messages pour aujourd'hui."
                                + " Réessayez demain.");

        driver.age(citizen, 24);
        assertThat(driver.trySubmit(citizen).containsKey("reference")).isTrue();
    }

    /**
     * Over the limit, the pages say so and lose nothing: the wizard's summary stays with its draft
     * and the reply stays in its field, each with the French explanation in an error summary, and
     * no error page.
     */
    @Test
    void overTheLimitTheWizardAndTheReplyFormExplainAndKeepTheText() {
        SecurityDriver driver = new SecurityDriver(base);
        String citizen = driver.newCitizen();
        String reference = driver.submit(citizen);
        for (int i = 0; i < 4; i++) {
            assertThat(driver.reply(citizen, reference).getString("outcome")).isEqualTo("stored");
        }
        String hourly = FRENCH.getString("rateLimit.messages.hourly");
        String reply = "Une réponse de trop, que je ne veux pas perdre.";

        try (Browser browser = Browser.open(base, "rate-limit-pages")) {
            browser.signIn(citizen, SecurityItServlet.PASSWORD);
            browser.go("espace/messagerie/conversation.xhtml?ref=" + reference);
            browser.find(By.id("reply:text")).sendKeys(reply);
            browser.clickAndWaitForPage(By.id("reply:send"));

            assertThat(browser.driver().getTitle()).startsWith("Erreur – ");
            assertThat(browser.find(By.id("errorSummary")).getText()).contains(hourly);
            assertThat(browser.find(By.id("reply:text")).getAttribute("value")).isEqualTo(reply);
            browser.assertAccessible("reply over the limit");

            String message = "Une nouvelle demande que je ne veux pas perdre non plus.";
            browser.go("espace/messagerie/index.xhtml");
            browser.clickAndWaitForPage(By.id("newMessage"));
            for (String label :
                    List.of(
                            "Famille, logement",
                            "Allocations familiales",
                            "Mon dossier - Famille")) {
                browser.find(By.xpath("//label[normalize-space()='" + label + "']")).click();
                browser.clickAndWaitForPage(By.id("step:validate"));
            }
            browser.find(By.id("step:text")).sendKeys(message);
            browser.clickAndWaitForPage(By.id("step:validate"));
            browser.clickAndWaitForPage(By.id("step:send"));

            assertThat(browser.driver().getTitle()).startsWith("Erreur – ");
            assertThat(browser.find(By.id("errorSummary")).getText()).contains(hourly);
            assertThat(browser.find(By.id("summaryText")).getText()).isEqualTo(message);
            assertThat(browser.find(By.id("step:send")).isDisplayed()).isTrue();
            browser.assertAccessible("wizard summary over the limit");
        }
        assertThat(actions(driver.audit(citizen, "-")).stream().filter("RATE_LIMITED"::equals))
                .hasSize(2);
    }

    @Test
    void repliesCountTowardsTheSameLimit() {
        SecurityDriver driver = new SecurityDriver(base);
        String citizen = driver.newCitizen();
        String reference = driver.submit(citizen);
        for (int i = 0; i < 4; i++) {
            assertThat(driver.reply(citizen, reference).getString("outcome")).isEqualTo("stored");
        }

        JsonObject refused = driver.reply(citizen, reference);

        assertThat(refused.getString("outcome")).isEqualTo("refused");
        assertThat(refused.getString("messageKey")).isEqualTo("rateLimit.messages.hourly");
    }

    @Test
    void fiveWrongPasswordsRefuseEvenTheRightOneForAWhileAndEveryAttemptIsAudited() {
        SecurityDriver driver = new SecurityDriver(base);
        String citizen = driver.newCitizen();
        FacesHttp http = new FacesHttp(base.toString());
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = http.signIn(citizen, "mauvais-mot-de-passe-" + i);
            assertThat(wrong.statusCode()).isEqualTo(200);
        }

        HttpResponse<String> right = http.signIn(citizen, SecurityItServlet.PASSWORD);

        assertThat(right.statusCode()).as("no redirect to the private space").isEqualTo(200);
        assertThat(right.body()).contains("Trop de tentatives de connexion ont échoué");
        HttpResponse<String> space = http.get("espace/index.xhtml");
        SecurityHeadersIT.keep("throttled-then-espace.html", space.body());
        assertThat(space.body()).as("not signed in").doesNotContain("id=\"openMessaging\"");
        List<String> actions = actions(driver.audit(citizen, "-"));
        assertThat(actions.stream().filter("SIGN_IN_FAILED"::equals)).hasSize(5);
        assertThat(actions).endsWith("SIGN_IN_THROTTLED").doesNotContain("SIGN_IN_SUCCEEDED");

        String other = driver.newCitizen();
        assertThat(
                        new FacesHttp(base.toString())
                                .signIn(other, SecurityItServlet.PASSWORD)
                                .statusCode())
                .as("another login is not affected")
                .isEqualTo(302);
        assertThat(actions(driver.audit(other, "-"))).containsExactly("SIGN_IN_SUCCEEDED");
    }

    @Test
    void anotherCitizensConversationIsRefusedLikeAMissingOneAndTheProbeIsAudited() {
        SecurityDriver driver = new SecurityDriver(base);
        String owner = driver.newCitizen();
        String prober = driver.newCitizen();
        String reference = driver.submit(owner);

        assertThat(driver.open(prober, reference).getString("outcome")).isEqualTo("notFound");
        assertThat(driver.open(prober, "MSG-2026-ZZZZZZZZ").getString("outcome"))
                .isEqualTo("notFound");
        assertThat(driver.reply(prober, reference).getString("outcome")).isEqualTo("notFound");
        assertThat(driver.open(owner, reference).getString("outcome")).isEqualTo("opened");

        List<JsonObject> probes =
                driver.audit(prober, "-").stream()
                        .filter(e -> e.getString("action").equals("ACCESS_REFUSED"))
                        .toList();
        assertThat(probes).hasSize(3);
        assertThat(probes.get(0).getString("targetType")).isEqualTo("CONVERSATION");
        assertThat(probes.get(0).getString("targetId")).isEqualTo(reference);
        assertThat(driver.audit(owner, "-"))
                .anySatisfy(
                        e -> {
                            assertThat(e.getString("action")).isEqualTo("CONVERSATION_OPENED");
                            assertThat(e.getString("targetId")).isEqualTo(reference);
                        });
    }

    /**
     * The trail records a citizen's first reading of a thread in each session, in the reading's own
     * transaction; a refresh adds nothing, a later session records again.
     */
    @Test
    void aCitizenReadingAThreadIsAuditedOncePerSession() {
        SecurityDriver driver = new SecurityDriver(base);
        String citizen = driver.newCitizen();
        String reference = driver.submit(citizen);
        String page = "espace/messagerie/conversation.xhtml?ref=" + reference;

        FacesHttp firstSession = new FacesHttp(base.toString());
        assertThat(firstSession.signIn(citizen, SecurityItServlet.PASSWORD).statusCode())
                .isEqualTo(302);
        for (int reading = 0; reading < 3; reading++) {
            HttpResponse<String> thread = firstSession.get(page);
            assertThat(thread.statusCode()).isEqualTo(200);
            assertThat(thread.body()).contains(reference);
        }
        assertThat(openings(driver, citizen, reference)).isEqualTo(1);

        FacesHttp laterSession = new FacesHttp(base.toString());
        laterSession.signIn(citizen, SecurityItServlet.PASSWORD);
        assertThat(laterSession.get(page).statusCode()).isEqualTo(200);
        assertThat(openings(driver, citizen, reference)).isEqualTo(2);
    }

    private static long openings(SecurityDriver driver, String citizen, String reference) {
        return driver.audit(citizen, reference).stream()
                .filter(e -> e.getString("action").equals("CONVERSATION_OPENED"))
                .filter(e -> e.getString("targetId").equals(reference))
                .count();
    }

    @Test
    void anAgentsReplyIsAuditedWithTheAgentAndTheConversation() {
        SecurityDriver driver = new SecurityDriver(base);
        String citizen = driver.newCitizen();
        String reference = driver.submit(citizen);

        new ItDriver(base)
                .reply(reference, DemoAccounts.AGENT_FAMILLE, "Votre dossier est complet.");

        assertThat(driver.audit("-", reference))
                .anySatisfy(
                        e -> {
                            assertThat(e.getString("action")).isEqualTo("AGENT_REPLIED");
                            assertThat(e.getString("actorLogin"))
                                    .isEqualTo(DemoAccounts.AGENT_FAMILLE);
                            assertThat(e.getString("detail")).isEmpty();
                        });
    }

    @Test
    void anAgentSentAwayFromACitizenPageIsAudited() {
        FacesHttp agent = new FacesHttp(base.toString());
        agent.signIn(DemoAccounts.AGENT_FAMILLE, DemoAccounts.PASSWORD);

        assertThat(agent.get("espace/index.xhtml?ref=MSG-2026-ABCDEFGH").statusCode())
                .isEqualTo(403);

        assertThat(new SecurityDriver(base).audit("-", "/espace/index.xhtml"))
                .anySatisfy(
                        e -> {
                            assertThat(e.getString("action")).isEqualTo("ACCESS_REFUSED");
                            assertThat(e.getString("actorLogin"))
                                    .isEqualTo(DemoAccounts.AGENT_FAMILLE);
                            assertThat(e.getString("targetType")).isEqualTo("PAGE");
                        });
    }

    private static List<String> actions(List<JsonObject> events) {
        return events.stream().map(e -> e.getString("action")).toList();
    }
}
