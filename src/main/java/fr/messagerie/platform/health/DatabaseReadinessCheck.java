package fr.messagerie.platform.health;

import fr.messagerie.platform.infrastructure.ApplicationResources;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers: without it no page of the service can work. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = ApplicationResources.DATA_SOURCE)
    private DataSource dataSource;

    /**
     * Created (and its resource injected) while the application starts: WildFly runs health checks
     * on a management thread, where the application's java:app and java:comp names do not exist, so
     * a check created there on first call could not be injected.
     */
    void createAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing to do: being called creates this bean
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database")
                    .status(connection.isValid(VALIDATION_TIMEOUT_SECONDS))
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
