package fr.messagerie.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.testsupport.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application deployed without demo data on the test server's embedded defaults (a plain-http
 * public address, and H2 in memory on the H2 passes): it is not ready, and says which settings are
 * missing.
 */
@ExtendWith(ArquillianExtension.class)
class ProductionGuardIT {

    @ArquillianResource URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        // The test server's environment turns demo data on (MESSAGERIE_DEMO_DATA, ordinal 300):
        // this deployment's configuration file must outrank it to turn it off.
        return Deployments.builtWar(
                Map.of("config_ordinal", "400", "messagerie.demo-data", "false"),
                ProductionGuardItServlet.class);
    }

    @Test
    void withoutDemoDataTheEmbeddedDefaultsKeepTheServerOutOfService() throws Exception {
        HttpResponse<String> answer =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(base + "it-production-guard"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        JsonObject readiness = Json.createReader(new StringReader(answer.body())).readObject();

        assertThat(readiness.getString("status")).isEqualTo("DOWN");
        assertThat(readiness.toString()).contains("MESSAGERIE_PUBLIC_BASE_URL");
        if (System.getenv("MESSAGERIE_DB_URL") == null) {
            assertThat(readiness.toString()).contains("H2 in memory");
        }
    }
}
