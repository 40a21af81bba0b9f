package fr.messagerie.notification.infrastructure;

import fr.messagerie.notification.application.DeliveryException;
import fr.messagerie.notification.application.NotificationSender;
import fr.messagerie.notification.application.RenderedNotification;
import fr.messagerie.notification.domain.Channel;
import fr.messagerie.notification.domain.ContactDetails;
import fr.messagerie.notification.domain.Notification;
import fr.messagerie.platform.domain.ProductionSettings;
import fr.messagerie.platform.infrastructure.JsonFactories;
import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends SMS through the gateway's JSON-over-HTTPS API: POST {to, text, reference} with the key as a
 * bearer token. The notification id is the reference, so the gateway can refuse a duplicate. Any
 * answer other than 2xx, or no answer within the timeout, is a failed attempt.
 */
@ApplicationScoped
public class SmsGatewayClient implements NotificationSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    @ConfigProperty(name = "messagerie.sms.gateway-url", defaultValue = "http://127.0.0.1:8025/sms")
    private String gatewayUrl;

    @Inject
    @ConfigProperty(
            name = "messagerie.sms.gateway-key",
            defaultValue = ProductionSettings.DEMO_SMS_KEY)
    private String gatewayKey;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(Notification notification, Account recipient, RenderedNotification content)
            throws DeliveryException {
        String to =
                recipient
                        .mobile()
                        .flatMap(ContactDetails::mobileInInternationalFormat)
                        .orElseThrow(() -> new DeliveryException("no mobile number"));
        String body =
                JsonFactories.BUILDERS
                        .createObjectBuilder()
                        .add("to", to)
                        .add("text", content.text())
                        .add("reference", notification.getId())
                        .build()
                        .toString();
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(gatewayUrl))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + gatewayKey)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new DeliveryException("SMS gateway answered HTTP " + status);
            }
        } catch (IOException e) {
            throw new DeliveryException("SMS gateway unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", e);
        }
    }
}
