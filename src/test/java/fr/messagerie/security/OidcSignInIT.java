package fr.messagerie.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.Browser;
import fr.messagerie.testsupport.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Citizens' sign-in through an OpenID Connect provider (mock-oauth2-server in the test JVM, with
 * its interactive login page where the test types a subject and claims), as a person's browser
 * lives it; and the refusals of a forged return (tampered state) and of an ID token for another
 * sign-in (wrong nonce). Only this deployment has a provider: other tests keep the form alone.
 */
@ExtendWith(ArquillianExtension.class)
class OidcSignInIT {

    private static final int PROVIDER_PORT = 8090;
    private static final String ISSUER = "http://127.0.0.1:" + PROVIDER_PORT + "/messagerie-test";

    private static MockOAuth2Server provider;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar(
                Map.of(
                        "messagerie.oidc.issuer", ISSUER,
                        "messagerie.oidc.client-id", "messagerie",
                        "messagerie.oidc.client-secret", "test-secret"),
                OidcItServlet.class);
    }

    @ArquillianResource private URL base;

    private Browser browser;

    @BeforeAll
    static void startProvider() throws Exception {
        provider =
                new MockOAuth2Server(
                        OAuth2Config.Companion.fromJson("{\"interactiveLogin\":true}"));
        provider.start(InetAddress.getByName("127.0.0.1"), PROVIDER_PORT);
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(base, "oidc-sign-in");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aNewCitizenSignsInThroughTheProviderAndGetsAnAccountFromTheClaims() throws Exception {
        String subject = "fc-" + UUID.randomUUID();
        browser.go("espace/index.xhtml");
        assertThat(browser.heading()).isEqualTo("Connexion");
        browser.assertAccessible("sign-in page with the identity provider");

        browser.clickAndWaitForPage(By.id("oidcSignIn"));
        assertThat(browser.driver().getCurrentUrl())
                .startsWith(ISSUER + "/authorize")
                .contains("code_challenge_method=S256", "nonce=", "state=");
        String sessionBefore = sessionId();
        signInAtProvider(
                subject,
                "{\"given_name\":\"Camille\",\"family_name\":\"Lefèvre\",\"email\":\"camille.lefevre@example.fr\",\"phone_number\":\"+33"
                    + " 6 01 02 03 04\"}");

        assertThat(browser.heading()).isEqualTo("Mon espace privé");
        assertThat(browser.driver().getCurrentUrl()).contains("/espace/");
        assertThat(sessionId()).isNotNull().isNotEqualTo(sessionBefore);
        JsonObject account = account(subject);
        assertThat(account.getString("kind")).isEqualTo("CITIZEN");
        assertThat(account.getString("displayName")).isEqualTo("Camille Lefèvre");
        assertThat(account.getString("email")).isEqualTo("camille.lefevre@example.fr");
        assertThat(account.getString("mobile")).isEqualTo("+33601020304");
        assertThat(account.getString("audience")).isEqualTo("PARTICULIER");
        assertThat(account.getBoolean("hasPassword")).isFalse();
        assertThat(account.getJsonArray("audit").toString())
                .contains("SIGN_IN_SUCCEEDED:oidc, account created");
    }

    @Test
    void aReturnWithATamperedStateIsRefusedAndNobodyIsSignedIn() throws Exception {
        String subject = "fc-" + UUID.randomUUID();
        browser.go("connexion.xhtml");
        browser.clickAndWaitForPage(By.id("oidcSignIn"));
        String authorize = browser.driver().getCurrentUrl();
        browser.driver().get(authorize.replaceFirst("state=([^&]+)", "state=$1tampered"));

        signInAtProvider(subject, "");

        assertThat(browser.driver().getCurrentUrl()).contains("connexion.xhtml?identite=refusee");
        assertThat(browser.find(By.id("oidcRefused")).getText()).contains("n'a pas abouti");
        assertThat(accountStatus(subject)).isEqualTo(404);
        assertThat(lastRefusal()).isEqualTo("oidc: state missing, wrong or stale");
        browser.go("espace/index.xhtml");
        assertThat(browser.heading()).isEqualTo("Connexion");
    }

    @Test
    void anIdTokenIssuedWithAnotherNonceIsRefused() throws Exception {
        String subject = "fc-" + UUID.randomUUID();
        browser.go("connexion.xhtml");
        browser.clickAndWaitForPage(By.id("oidcSignIn"));

        signInAtProvider(subject, "{\"nonce\":\"a-replayed-token-of-another-sign-in\"}");

        assertThat(browser.driver().getCurrentUrl()).contains("connexion.xhtml?identite=refusee");
        assertThat(accountStatus(subject)).isEqualTo(404);
        assertThat(lastRefusal()).startsWith("oidc: id token refused");
    }

    @Test
    void theFormStillSignsInDemoCitizensAndStaffWhileTheProviderIsOn() {
        browser.signIn(DemoAccounts.PARTICULIER);
        browser.signOut();
        browser.signInAsStaff(DemoAccounts.AGENT_FAMILLE);
    }

    private void signInAtProvider(String subject, String claims) {
        browser.find(By.name("username")).sendKeys(subject);
        if (!claims.isEmpty()) {
            browser.find(By.name("claims")).sendKeys(claims);
        }
        browser.clickAndWaitForPage(By.cssSelector("input[type=submit]"));
    }

    private String sessionId() {
        Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    private JsonObject account(String login) throws Exception {
        HttpResponse<String> response = get(login);
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private String lastRefusal() throws Exception {
        var reasons =
                Json.createReader(
                                new StringReader(
                                        HttpClient.newHttpClient()
                                                .send(
                                                        HttpRequest.newBuilder(
                                                                        URI.create(
                                                                                base
                                                                                        + "it-oidc/failures"))
                                                                .build(),
                                                        HttpResponse.BodyHandlers.ofString())
                                                .body()))
                        .readArray();
        assertThat(reasons).isNotEmpty();
        return reasons.getString(reasons.size() - 1);
    }

    private int accountStatus(String login) throws Exception {
        return get(login).statusCode();
    }

    private HttpResponse<String> get(String login) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "it-oidc/account?login=" + login))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
