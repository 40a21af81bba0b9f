package fr.messagerie.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void thePolicyAllowsNoInlineScriptOrStyleAndNoFraming() {
        String policy = ContentSecurityPolicy.header(Optional.empty(), "/messagerie/csp-report");
        assertThat(policy)
                .contains("default-src 'self'")
                .contains("script-src 'self';")
                .contains(
                        "style-src 'self' 'unsafe-hashes'"
                                + " 'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE='"
                                + " 'sha256-vEHI8VTbGmrx7XkXE799b/hatOrx7G+PBTHrb3YsP18=';")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'none'")
                .contains("report-uri /messagerie/csp-report")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
    }

    @Test
    void theReflowTableHashIsThatOfItsHiddenStyleAndNothingElse() throws Exception {
        byte[] digest =
                java.security.MessageDigest.getInstance("SHA-256")
                        .digest(
                                ";visibility:hidden;"
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ContentSecurityPolicy.REFLOW_TABLE_STYLE)
                .isEqualTo("'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'");
    }

    @Test
    void theOnlyInlineStyleAllowedIsHidingAWidget() throws Exception {
        byte[] digest =
                java.security.MessageDigest.getInstance("SHA-256")
                        .digest("display:none".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ContentSecurityPolicy.HIDDEN_WIDGET_STYLE)
                .isEqualTo("'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'");
    }

    @Test
    void primeFacesNonceIsCarriedIntoOurScriptSource() {
        String primeFaces = "script-src 'self' 'nonce-YWJjZC0xMjM0LWVm==';";
        String policy =
                ContentSecurityPolicy.header(ContentSecurityPolicy.nonceIn(primeFaces), "/r");
        assertThat(policy).contains("script-src 'self' 'nonce-YWJjZC0xMjM0LWVm=='");
    }

    @Test
    void aPolicyWithoutNonceGivesNone() {
        assertThat(ContentSecurityPolicy.nonceIn("script-src 'self'")).isEmpty();
        assertThat(ContentSecurityPolicy.nonceIn(null)).isEmpty();
    }
}
