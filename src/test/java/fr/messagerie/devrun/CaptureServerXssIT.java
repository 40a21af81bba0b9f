package fr.messagerie.devrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.messagerie.testsupport.SecurityProbeBrowser;
import fr.messagerie.testsupport.XssPayloads;
import jakarta.json.Json;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The run mode's capture page shows whatever mails and SMS the application sent, hostile content
 * included: no payload of the corpus may run there. No server needed (an IT for the browser).
 */
class CaptureServerXssIT {

    GreenMail mail;
    CaptureServer capture;

    @BeforeEach
    void start() throws Exception {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        capture = new CaptureServer(port, mail);
        capture.start();
    }

    @AfterEach
    void stop() {
        capture.stop();
        mail.stop();
    }

    @Test
    void noPayloadRunsOnTheCapturePage() throws Exception {
        List<String> payloads = XssPayloads.all();
        HttpClient http = HttpClient.newHttpClient();
        for (String payload : payloads) {
            GreenMailUtil.sendTextEmail(
                    "camille.martin@example.fr",
                    "messagerie@example.fr",
                    payload,
                    payload,
                    mail.getSmtp().getServerSetup());
            String sms =
                    Json.createObjectBuilder()
                            .add("to", "+33612345678")
                            .add("text", payload)
                            .add("reference", "x")
                            .build()
                            .toString();
            http.send(
                    HttpRequest.newBuilder(URI.create(capture.smsGatewayUrl()))
                            .POST(HttpRequest.BodyPublishers.ofString(sms))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        try (SecurityProbeBrowser browser = SecurityProbeBrowser.start()) {
            browser.open(capture.pageUrl());

            assertThat(browser.hostileScriptRan()).isFalse();
            String text = browser.visibleText().replaceAll("\\s+", " ");
            assertThat(payloads)
                    .allSatisfy(p -> assertThat(text).contains(p.replaceAll("\\s+", " ")));
        }
    }
}
