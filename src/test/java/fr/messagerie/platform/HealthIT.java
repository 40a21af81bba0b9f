package fr.messagerie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.PayaraDomain;
import fr.messagerie.testsupport.WildFlyServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The readiness a load balancer or an orchestrator asks for: up only when the database and the JMS
 * broker answer, on each server where it is served (Payara: the HTTP port; WildFly: the management
 * port, where its health checks run on a thread outside the application).
 */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @Test
    void theServiceIsReadyWhenItsDatabaseAndBrokerAnswer() throws Exception {
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(readinessUrl()))
                                        .timeout(Duration.ofSeconds(10))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());

        JsonObject health = Json.createReader(new StringReader(response.body())).readObject();
        Map<String, String> checks =
                health.getJsonArray("checks").stream()
                        .map(JsonValue::asJsonObject)
                        .collect(
                                Collectors.toMap(
                                        check -> check.getString("name"),
                                        check -> check.getString("status")));
        assertThat(checks).containsEntry("database", "UP").containsEntry("jms-broker", "UP");
        assertThat(health.getString("status")).as(response.body()).isEqualTo("UP");
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private static String readinessUrl() {
        return "wildfly".equals(System.getProperty("arquillian.launch"))
                ? WildFlyServer.readinessUrl()
                : PayaraDomain.readinessUrl();
    }
}
