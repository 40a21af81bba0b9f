package fr.messagerie.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the JMS broker accepts a connection: notifications are published there after each
 * commit (the outbox sweeper would catch up later, but a node that cannot publish should not take
 * traffic).
 */
@Readiness
@ApplicationScoped
public class BrokerReadinessCheck implements HealthCheck {

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    private ConnectionFactory connectionFactory;

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
        try (JMSContext context = connectionFactory.createContext()) {
            context.getMetaData();
            return HealthCheckResponse.up("jms-broker");
        } catch (JMSRuntimeException e) {
            return HealthCheckResponse.named("jms-broker")
                    .down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
