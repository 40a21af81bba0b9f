package fr.messagerie.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.FacesHttp;
import fr.messagerie.testsupport.ItDriverServlet;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password hashes under the shipped policy (PBKDF2 with HMAC-SHA-512, 210,000 iterations), through
 * the real sign-in form: an account hashed under the platform's defaults is upgraded by its next
 * successful sign-in and still signs in afterwards; a wrong password changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordHashIT {

    @ArquillianResource URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar(SecurityItServlet.class, ItDriverServlet.class);
    }

    @Test
    void anOlderHashIsReplacedAtTheNextSuccessfulSignIn() {
        SecurityDriver driver = new SecurityDriver(base);
        String citizen = driver.newCitizen();
        assertThat(parameters(driver.passwordHashOf(citizen)))
                .containsExactly("PBKDF2WithHmacSHA256", 2048);

        assertThat(new FacesHttp(base.toString()).signIn(citizen, "pas-le-bon").statusCode())
                .isEqualTo(200);
        assertThat(parameters(driver.passwordHashOf(citizen)))
                .as("a failed sign-in proves nothing: the hash stays")
                .containsExactly("PBKDF2WithHmacSHA256", 2048);

        assertThat(
                        new FacesHttp(base.toString())
                                .signIn(citizen, SecurityItServlet.PASSWORD)
                                .statusCode())
                .isEqualTo(302);
        assertThat(parameters(driver.passwordHashOf(citizen)))
                .containsExactly("PBKDF2WithHmacSHA512", 210_000);

        assertThat(
                        new FacesHttp(base.toString())
                                .signIn(citizen, SecurityItServlet.PASSWORD)
                                .statusCode())
                .as("the new hash verifies the same password")
                .isEqualTo(302);
    }

    private static List<Object> parameters(JsonObject hash) {
        return List.of(hash.getString("algorithm"), hash.getInt("iterations"));
    }
}
