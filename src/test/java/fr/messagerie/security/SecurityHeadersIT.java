package fr.messagerie.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.security.web.SensitiveDataScanServlet;
import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.FacesHttp;
import fr.messagerie.testsupport.SecurityProbeBrowser;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The browser-side protections on the real server: headers on public, citizen, agent and error
 * pages, and an enforced CSP that the pages themselves never violate.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    @ArquillianResource URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @Test
    void publicPagesCarryTheSecurityHeadersAndAnEnforcedNoncedPolicy() {
        FacesHttp http = new FacesHttp(base.toString());
        for (String page : List.of("", "connexion.xhtml")) {
            HttpResponse<String> response = http.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertCommonHeaders(response);
            assertThat(response.headers().allValues("Content-Security-Policy"))
                    .as("exactly one policy, with PrimeFaces' nonce, on " + page)
                    .singleElement()
                    .asString()
                    .containsPattern("script-src 'self' 'nonce-[^']+'");
            assertThat(response.headers().firstValue("Content-Security-Policy-Report-Only"))
                    .isEmpty();
        }
    }

    @Test
    void citizenAndAgentPagesAreNeverCachedAndCarryTheHeaders() {
        FacesHttp citizen = new FacesHttp(base.toString());
        citizen.signIn(DemoAccounts.PARTICULIER, DemoAccounts.PASSWORD);
        HttpResponse<String> space = citizen.get("espace/index.xhtml");
        assertThat(space.statusCode()).isEqualTo(200);
        keep("espace-index.html", space.body());
        assertCommonHeaders(space);
        assertThat(space.headers().firstValue("Cache-Control")).contains("no-store");

        FacesHttp agent = new FacesHttp(base.toString());
        agent.signIn(DemoAccounts.AGENT_FAMILLE, DemoAccounts.PASSWORD);
        HttpResponse<String> backOffice = agent.get("agent/index.xhtml");
        assertThat(backOffice.statusCode()).isEqualTo(200);
        assertCommonHeaders(backOffice);
        assertThat(backOffice.headers().firstValue("Cache-Control")).contains("no-store");

        assertThat(new FacesHttp(base.toString()).get("").headers().firstValue("Cache-Control"))
                .as("public home stays cacheable")
                .isNotEqualTo(java.util.Optional.of("no-store"));
    }

    @Test
    void errorPagesCarryTheHeadersToo() {
        FacesHttp anonymous = new FacesHttp(base.toString());
        HttpResponse<String> notFound = anonymous.get("nulle-part.xhtml");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("Page introuvable");
        assertCommonHeaders(notFound);

        FacesHttp agent = new FacesHttp(base.toString());
        agent.signIn(DemoAccounts.AGENT_FAMILLE, DemoAccounts.PASSWORD);
        HttpResponse<String> forbidden = agent.get("espace/index.xhtml");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Accès refusé");
        assertCommonHeaders(forbidden);
        assertThat(forbidden.headers().firstValue("Cache-Control")).contains("no-store");
    }

    /**
     * A postback an agent may not make (to an administration page, with the view state of a page
     * the agent could open) is refused as such: 403 and the access-refused page, not a server error
     * while the error page tries to restore someone else's view.
     */
    @Test
    void aRefusedPostbackAnswersForbiddenNotAServerError() {
        FacesHttp agent = new FacesHttp(base.toString());
        agent.signIn(DemoAccounts.AGENT_FAMILLE, DemoAccounts.PASSWORD);
        String inbox = agent.get("agent/index.xhtml").body();

        HttpResponse<String> refused =
                agent.post(
                        "admin/themes.xhtml",
                        Map.of(
                                "themeForm", "themeForm",
                                "themeForm:save", "",
                                "jakarta.faces.ViewState", FacesHttp.viewState(inbox)));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Accès refusé");

        HttpResponse<String> partial =
                agent.post(
                        "admin/themes.xhtml",
                        Map.of(
                                "jakarta.faces.partial.ajax", "true",
                                "jakarta.faces.source", "themeForm:save",
                                "themeForm", "themeForm",
                                "jakarta.faces.ViewState", FacesHttp.viewState(inbox)),
                        "Faces-Request",
                        "partial/ajax");
        assertThat(partial.statusCode()).isEqualTo(403);
    }

    @Test
    void noPageOfTheServiceViolatesItsOwnPolicy() {
        try (SecurityProbeBrowser browser = SecurityProbeBrowser.start()) {
            String root = base.toString();
            for (String page : List.of("", "connexion.xhtml", "nulle-part.xhtml")) {
                browser.open(root + page);
                assertThat(browser.cspViolations()).as(page).isEmpty();
            }
            browser.signIn(root, DemoAccounts.PARTICULIER, DemoAccounts.PASSWORD);
            assertThat(browser.driver().getCurrentUrl()).contains("/espace/index.xhtml");
            assertThat(browser.cspViolations()).as("citizen space").isEmpty();
            browser.open(root + "agent/index.xhtml");
            assertThat(browser.cspViolations()).as("403 page").isEmpty();
            browser.open(root + "espace/index.xhtml");
            assertThat(browser.cspViolations()).as("citizen space again").isEmpty();
        }
        try (SecurityProbeBrowser browser = SecurityProbeBrowser.start()) {
            browser.signIn(base.toString(), DemoAccounts.AGENT_FAMILLE, DemoAccounts.PASSWORD);
            assertThat(browser.driver().getCurrentUrl()).contains("/agent/index.xhtml");
            assertThat(browser.cspViolations()).as("agent page").isEmpty();
        }
    }

    @Test
    void theBrowserBlocksAndReportsAnInjectedInlineScript() {
        try (SecurityProbeBrowser browser = SecurityProbeBrowser.start()) {
            browser.open(base.toString());
            // What an injection would do: an inline script without the nonce.
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript(
                            "var s = document.createElement('script');"
                                    + "s.textContent = 'window.__xss = 1';"
                                    + "document.body.appendChild(s);");
            browser.open(base.toString() + "#"); // settle
            assertThat(browser.hostileScriptRan()).isFalse();
            assertThat(browser.cspViolations()).anyMatch(v -> v.startsWith("script-src"));
        }
    }

    @Test
    void signedInPagesWarnBeforeTheIdleSessionEnds() {
        try (SecurityProbeBrowser browser = SecurityProbeBrowser.start()) {
            browser.signIn(base.toString(), DemoAccounts.PARTICULIER, DemoAccounts.PASSWORD);
            assertThat(browser.driver().findElements(By.id("stayConnected")))
                    .singleElement()
                    .satisfies(
                            b ->
                                    assertThat(b.getAttribute("textContent"))
                                            .contains("Rester connecté"));
            assertThat(
                            browser.driver()
                                    .findElement(By.id("sessionWarningText"))
                                    .getAttribute("textContent"))
                    .contains("déconnecté dans deux minutes");
            assertThat(browser.driver().findElement(By.id("sessionWarning")).isDisplayed())
                    .as("hidden until the idle delay")
                    .isFalse();

            // What the script does once the delay has passed; then the person's two ways to stay.
            showWarning(browser);
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .as("focus moves into the warning")
                    .isEqualTo("stayConnected");
            browser.driver().findElement(By.id("stayConnected")).click();
            awaitWarningClosed(browser);
            showWarning(browser);
            browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
            awaitWarningClosed(browser);
            assertThat(browser.driver().getCurrentUrl())
                    .as("still on the page, still signed in")
                    .contains("/espace/index.xhtml");
            assertThat(browser.cspViolations()).isEmpty();
        }
    }

    private static void showWarning(SecurityProbeBrowser browser) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('sessionWarning').showModal();");
        assertThat(browser.driver().findElement(By.id("sessionWarning")).isDisplayed()).isTrue();
    }

    private static void awaitWarningClosed(SecurityProbeBrowser browser) {
        new org.openqa.selenium.support.ui.WebDriverWait(
                        browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("sessionWarning")).isDisplayed());
    }

    /**
     * The sign-in page loads no PrimeFaces script; its form still sends the CSP nonce back, so a
     * refused password re-renders the page with its message instead of an error page.
     */
    @Test
    void aRefusedSignInShowsItsMessageInARealBrowser() {
        try (SecurityProbeBrowser browser = SecurityProbeBrowser.start()) {
            browser.signIn(base.toString(), DemoAccounts.EMPLOYEUR, "not-the-password");

            assertThat(browser.driver().getCurrentUrl()).contains("connexion.xhtml");
            assertThat(browser.driver().findElement(By.tagName("body")).getText())
                    .contains("Identifiant ou mot de passe incorrect");
            assertThat(browser.cspViolations()).isEmpty();
        }
    }

    @Test
    void keepingASessionAliveNeedsASignedInSession() {
        FacesHttp anonymous = new FacesHttp(base.toString());
        assertThat(anonymous.post("session/prolonger", Map.of()).statusCode()).isEqualTo(401);

        FacesHttp citizen = new FacesHttp(base.toString());
        citizen.signIn(DemoAccounts.PARTICULIER, DemoAccounts.PASSWORD);
        assertThat(citizen.post("session/prolonger", Map.of()).statusCode()).isEqualTo(204);
    }

    @Test
    void theSensitiveDataScanAnswersSignedInCitizensOnlyAndReadsABoundedText() {
        String text = "Mon numéro est le 1 84 12 76 451 089 46, suite à mon diabète.";
        HttpResponse<String> anonymous =
                new FacesHttp(base.toString())
                        .post("espace/donnees-sensibles", Map.of("text", text));
        assertThat(anonymous.body()).doesNotContain("medicalTerms");

        FacesHttp citizen = new FacesHttp(base.toString());
        citizen.signIn(DemoAccounts.PARTICULIER, DemoAccounts.PASSWORD);
        HttpResponse<String> found = citizen.post("espace/donnees-sensibles", Map.of("text", text));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(found.body())
                .isEqualTo("{\"nir\":true,\"iban\":false,\"medicalTerms\":[\"diabète\"]}");

        // What lies beyond the scanned length is not read: a long text costs a bounded scan.
        String padded = "x".repeat(SensitiveDataScanServlet.MAX_SCANNED) + text;
        assertThat(citizen.post("espace/donnees-sensibles", Map.of("text", padded)).body())
                .isEqualTo("{\"nir\":false,\"iban\":false,\"medicalTerms\":[]}");
        assertThat(citizen.post("espace/donnees-sensibles", Map.of()).statusCode()).isEqualTo(400);
    }

    @Test
    void theReportEndpointAcceptsAReport() {
        HttpResponse<String> response =
                new FacesHttp(base.toString())
                        .post(
                                "csp-report",
                                Map.of("x", "y"),
                                "Content-Type",
                                "application/csp-report");
        assertThat(response.statusCode()).isEqualTo(204);
    }

    /** Keeps a page's markup next to the screenshots, to read a CSP report's line number. */
    static void keep(String name, String html) {
        try {
            java.nio.file.Path dir =
                    java.nio.file.Path.of(
                            System.getProperty("screenshots.dir", "target/screenshots"));
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(dir.resolve(name), html);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void assertCommonHeaders(HttpResponse<String> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp ->
                                assertThat(csp)
                                        .contains("default-src 'self'")
                                        .contains("frame-ancestors 'none'")
                                        .contains("object-src 'none'")
                                        .contains("report-uri /messagerie/csp-report")
                                        .doesNotContain("unsafe-inline"));
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        // Neither the server's name and version nor its framework (server-config's listener
        // settings on Payara, WildFly's defaults).
        assertThat(headers.firstValue("Server")).isEmpty();
        assertThat(headers.firstValue("X-Powered-By")).isEmpty();
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(headers.firstValue("Permissions-Policy"))
                .hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        // Served over plain HTTP with an http:// public URL: no HSTS (see HstsIT for https).
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }
}
