package fr.messagerie.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.Mails;
import fr.messagerie.testsupport.SecurityProbeBrowser;
import fr.messagerie.testsupport.XssPayloads;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The XSS corpus through the real path: each payload is a citizen's display name and the body of
 * their message, stored by the real conversation service; the acknowledgement mail goes through the
 * outbox, JMS, the dispatcher and SMTP to GreenMail, and its HTML is opened in Chromium, which has
 * no CSP to hide behind for a mail: only escaping keeps the payload inert.
 */
@ExtendWith(ArquillianExtension.class)
class XssCorpusIT {

    static final String BODY_MARK = "Corps du message : ";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @ArquillianResource URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar(SecurityItServlet.class);
    }

    @Test
    void noPayloadRunsInTheNotificationMailAndEachShowsAsPlainText() throws Exception {
        List<String> payloads = XssPayloads.all();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(50);
        SecurityDriver driver = new SecurityDriver(base);
        Map<String, String> payloadByAddress = new LinkedHashMap<>();
        for (String payload : payloads) {
            String login = driver.newCitizen(payload);
            driver.submit(login, BODY_MARK + payload);
            payloadByAddress.put(login + "@example.fr", payload);
        }

        await().atMost(Duration.ofSeconds(90))
                .until(() -> mailsTo(payloadByAddress.keySet()).size() == payloads.size());

        Path dir = Files.createTempDirectory("xss-mails");
        try (SecurityProbeBrowser browser = SecurityProbeBrowser.start()) {
            for (MimeMessage message : mailsTo(payloadByAddress.keySet())) {
                String payload = payloadByAddress.get(message.getAllRecipients()[0].toString());
                String html = Mails.htmlPart(message);
                assertThat(html).as(payload).doesNotContain(payload);
                assertThat(Mails.textPart(message))
                        .as("the body never travels by mail")
                        .doesNotContain(BODY_MARK);
                Path file = Files.createTempFile(dir, "mail", ".html");
                Files.writeString(file, html, StandardCharsets.UTF_8);

                browser.open(file.toUri().toString());

                assertThat(browser.hostileScriptRan()).as(payload).isFalse();
                // innerText collapses runs of spaces, as any browser shows text
                assertThat(browser.visibleText().replaceAll("\\s+", " "))
                        .as(payload)
                        .contains(payload.replaceAll("\\s+", " "));
            }
        }
    }

    private static List<MimeMessage> mailsTo(java.util.Set<String> addresses) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(
                        m -> {
                            try {
                                return addresses.contains(m.getAllRecipients()[0].toString());
                            } catch (jakarta.mail.MessagingException e) {
                                return false;
                            }
                        })
                .toList();
    }
}
