package fr.messagerie.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.FacesHttp;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Published over HTTPS (behind a TLS proxy): browsers are told to never use plain HTTP again. */
@ExtendWith(ArquillianExtension.class)
class HstsIT {

    @ArquillianResource URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar(
                Map.of("messagerie.public-base-url", "https://messagerie.example.fr/messagerie"));
    }

    @Test
    void anHttpsPublicAddressAddsStrictTransportSecurityAndSecureCookies() {
        HttpResponse<String> response = new FacesHttp(base.toString()).get("connexion.xhtml");
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .contains("max-age=31536000; includeSubDomains");
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie ->
                                assertThat(cookie)
                                        .startsWith("JSESSIONID=")
                                        .containsIgnoringCase("Secure")
                                        .containsIgnoringCase("HttpOnly")
                                        .containsIgnoringCase("SameSite=Lax"));
    }
}
