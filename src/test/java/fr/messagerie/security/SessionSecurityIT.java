package fr.messagerie.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.FacesHttp;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Session fixation, cookie flags, sign-out and its CSRF protection on the real server. */
@ExtendWith(ArquillianExtension.class)
class SessionSecurityIT {

    @ArquillianResource URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @Test
    void signingInGivesTheSessionANewId() {
        FacesHttp http = new FacesHttp(base.toString());
        HttpResponse<String> form = http.get("connexion.xhtml");
        String before = http.sessionId().orElseThrow();
        assertThat(form.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie ->
                                assertThat(cookie)
                                        .startsWith("JSESSIONID=")
                                        .containsIgnoringCase("HttpOnly")
                                        .containsIgnoringCase("SameSite=Lax")
                                        .doesNotContainIgnoringCase("Secure"));

        HttpResponse<String> signedIn =
                http.signIn(DemoAccounts.PARTICULIER, DemoAccounts.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/espace/index.xhtml"));
        String after = http.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(http.get("espace/index.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void theOldSessionIdIsWorthNothingAfterSignIn() {
        FacesHttp victim = new FacesHttp(base.toString());
        victim.get("connexion.xhtml");
        String planted = victim.sessionId().orElseThrow();
        victim.signIn(DemoAccounts.PARTICULIER, DemoAccounts.PASSWORD);

        FacesHttp attacker = new FacesHttp(base.toString());
        HttpResponse<String> probe =
                attacker.getWithCookie("espace/index.xhtml", "JSESSIONID=" + planted);
        assertThat(probe.statusCode()).as("redirected to the sign-in page").isEqualTo(302);
    }

    @Test
    void signingOutEndsTheServerSession() {
        FacesHttp http = new FacesHttp(base.toString());
        http.signIn(DemoAccounts.PARTICULIER, DemoAccounts.PASSWORD);
        String session = http.sessionId().orElseThrow();
        assertThat(http.get("espace/index.xhtml").statusCode()).isEqualTo(200);

        HttpResponse<String> out = http.post("deconnexion", Map.of());

        assertThat(out.statusCode()).isEqualTo(302);
        FacesHttp replay = new FacesHttp(base.toString());
        assertThat(replay.getWithCookie("espace/index.xhtml", "JSESSIONID=" + session).statusCode())
                .isEqualTo(302);
    }

    @Test
    void signOutCannotBeTriggeredByALinkOrAnotherSite() {
        FacesHttp http = new FacesHttp(base.toString());
        http.signIn(DemoAccounts.PARTICULIER, DemoAccounts.PASSWORD);

        assertThat(http.get("deconnexion").statusCode()).isEqualTo(405);
        assertThat(
                        http.post("deconnexion", Map.of(), "Origin", "https://evil.example")
                                .statusCode())
                .isEqualTo(403);
        assertThat(http.get("espace/index.xhtml").statusCode())
                .as("still signed in")
                .isEqualTo(200);
    }

    /**
     * Under concurrent load Payara used to forget, now and then, the roles of a signed-in session
     * (a citizen answered 403 on their own pages). The roles now travel with the session: many
     * sessions, each used by several threads at once, must all be served every time.
     */
    @Test
    void signedInSessionsKeepTheirRolesUnderConcurrentLoad() throws Exception {
        List<FacesHttp> citizens = new ArrayList<>();
        List<FacesHttp> agents = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            citizens.add(signedIn(i % 2 == 0 ? DemoAccounts.PARTICULIER : DemoAccounts.EXPLOITANT));
            agents.add(signedIn(DemoAccounts.AGENT_FAMILLE));
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int round = 0; round < 25; round++) {
                for (int i = 0; i < citizens.size(); i++) {
                    FacesHttp citizen = citizens.get(i);
                    FacesHttp agent = agents.get(i);
                    statuses.add(pool.submit(() -> citizen.get("espace/index.xhtml").statusCode()));
                    statuses.add(
                            pool.submit(
                                    () ->
                                            citizen.get("espace/messagerie/index.xhtml")
                                                    .statusCode()));
                    statuses.add(pool.submit(() -> agent.get("agent/index.xhtml").statusCode()));
                }
            }
            Map<Integer, Long> byStatus = new java.util.TreeMap<>();
            for (Future<Integer> status : statuses) {
                byStatus.merge(status.get(2, TimeUnit.MINUTES), 1L, Long::sum);
            }
            assertThat(byStatus)
                    .as("statuses of %d requests", statuses.size())
                    .containsOnlyKeys(200);
        } finally {
            pool.shutdownNow();
        }
    }

    private FacesHttp signedIn(String login) {
        FacesHttp http = new FacesHttp(base.toString());
        assertThat(http.signIn(login, DemoAccounts.PASSWORD).statusCode()).isEqualTo(302);
        return http;
    }
}
