package fr.messagerie.platform.health;

import fr.messagerie.platform.domain.ProductionSettings;
import fr.messagerie.platform.infrastructure.ApplicationResources;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The production guard: a server without demo data that still runs on the embedded defaults (see
 * {@link ProductionSettings}) never becomes ready, so no load balancer sends it traffic, and says
 * why once in the log at start-up, each problem with the setting to give.
 */
@Readiness
@ApplicationScoped
public class ProductionSettingsCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ProductionSettingsCheck.class.getName());

    @Resource(lookup = ApplicationResources.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "messagerie.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(
            name = "messagerie.sms.gateway-key",
            defaultValue = ProductionSettings.DEMO_SMS_KEY)
    String smsGatewayKey;

    @Inject
    @ConfigProperty(name = "messagerie.public-base-url")
    String publicBaseUrl;

    private List<String> problems = List.of();

    /** Checked once, while the application starts (WildFly calls checks on a management thread). */
    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        problems =
                new ProductionSettings(demoData, databaseUrl(), smsGatewayKey, publicBaseUrl)
                        .problems();
        if (!problems.isEmpty()) {
            LOG.severe(
                    "Not ready: this server has no demo data (MESSAGERIE_DEMO_DATA) but runs on"
                            + " the embedded defaults; "
                            + String.join("; ", problems));
        }
    }

    private String databaseUrl() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            return "unknown (" + e.getClass().getSimpleName() + ")";
        }
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("production-settings").status(problems.isEmpty());
        for (int i = 0; i < problems.size(); i++) {
            response.withData("problem-" + (i + 1), problems.get(i));
        }
        return response.build();
    }
}
