package fr.messagerie.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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
