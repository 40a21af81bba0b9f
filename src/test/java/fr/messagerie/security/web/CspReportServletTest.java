package fr.messagerie.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CspReportServletTest {

    @Test
    void theLogLineKeepsDirectiveKindAndPathButNeitherQueryNorSample() {
        String report =
                """
                {"csp-report":{"document-uri":"https://portail.example/messagerie/espace/x.xhtml?ref=MSG-2026-ABCDEFGH",
                "effective-directive":"script-src-elem","blocked-uri":"inline",
                "script-sample":"window.__xss=1 camille.martin@example.fr"}}
                """;
        assertThat(CspReportServlet.describe(report))
                .isEqualTo(
                        "directive=script-src-elem blocked=inline page=/messagerie/espace/x.xhtml");
    }

    @Test
    void aBlockedUrlIsReducedToItsOrigin() {
        String report =
                "{\"csp-report\":{\"document-uri\":\"https://a/p\",\"effective-directive\":\"img-src\","
                    + "\"blocked-uri\":\"https://evil.example/steal?cookie=secret\"}}";
        assertThat(CspReportServlet.describe(report))
                .contains("blocked=https://evil.example")
                .doesNotContain("secret");
    }

    @Test
    void garbageIsLoggedAsUnreadableWithoutItsContent() {
        assertThat(CspReportServlet.describe("<script>\r\nforged log line"))
                .isEqualTo("unreadable");
        assertThat(CspReportServlet.describe("[1,2]")).isEqualTo("unreadable");
    }
}
