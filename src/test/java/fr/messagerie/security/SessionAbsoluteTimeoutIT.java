package fr.messagerie.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.platform.demo.DemoAccounts;
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

/** A signed-in session ends at its absolute lifetime even while in use (here 4 s, not 8 h). */
@ExtendWith(ArquillianExtension.class)
class SessionAbsoluteTimeoutIT {

    @ArquillianResource URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar(Map.of("messagerie.session.absolute-timeout", "PT4S"));
    }

    @Test
    void anActiveSessionEndsAtItsAbsoluteLifetime() throws Exception {
        FacesHttp http = new FacesHttp(base.toString());
        http.signIn(DemoAccounts.PARTICULIER, DemoAccounts.PASSWORD);
        String session = http.sessionId().orElseThrow();
        for (int i = 0; i < 3; i++) {
            assertThat(http.get("espace/index.xhtml").statusCode()).isEqualTo(200);
            Thread.sleep(1000);
        }
        Thread.sleep(1500);

        HttpResponse<String> late = http.get("espace/index.xhtml");

        assertThat(late.statusCode()).isEqualTo(302);
        assertThat(late.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/erreur/session-expiree.xhtml"));
        assertThat(
                        new FacesHttp(base.toString())
                                .getWithCookie("espace/index.xhtml", "JSESSIONID=" + session)
                                .statusCode())
                .as("the old session no longer signs anyone in")
                .isEqualTo(302);
    }
}
