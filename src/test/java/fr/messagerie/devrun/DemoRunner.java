package fr.messagerie.devrun;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.messagerie.testsupport.PayaraDomain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The run mode ({@code ./mvnw -Prun}): Payara Server with the WAR on embedded defaults (H2, the
 * embedded broker), demo data, and every outgoing mail and SMS captured here and shown on a page.
 * Ctrl-C stops the domain. Lives in the test sources: nothing of it ships in the WAR.
 */
public final class DemoRunner {

    static final int SMTP_PORT = 3025;
    static final int CAPTURE_PORT = 8025;
    static final String APP_URL = "http://localhost:8080/messagerie/";

    private DemoRunner() {}

    public static void main(String[] args) throws Exception {
        Path payaraHome = Path.of(System.getProperty("payara.home"));
        Path war = Path.of(System.getProperty("war.file"));

        GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
        mail.start();
        CaptureServer capture = new CaptureServer(CAPTURE_PORT, mail);
        capture.start();

        PayaraDomain domain =
                new PayaraDomain(
                        payaraHome,
                        "demo",
                        Map.of(
                                "MESSAGERIE_DEMO_DATA", "true",
                                "MESSAGERIE_DEMO_CONVERSATIONS", "true",
                                "MESSAGERIE_FACES_STAGE", "Development",
                                "MESSAGERIE_SMTP_HOST", "127.0.0.1",
                                "MESSAGERIE_SMTP_PORT", String.valueOf(SMTP_PORT),
                                "MESSAGERIE_SMS_GATEWAY_URL", capture.smsGatewayUrl(),
                                "MESSAGERIE_SMS_GATEWAY_KEY", "demo-key"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    System.out.println("Stopping Payara...");
                                    domain.stop();
                                    capture.stop();
                                    mail.stop();
                                    stopped.countDown();
                                }));
        domain.start();
        domain.deploy(war);
        if (!domain.awaitReady(Duration.ofMinutes(2))) {
            System.out.println("The readiness endpoint did not answer UP: see the server log.");
        }
        System.out.println();
        System.out.println("==============================================================");
        System.out.println(" Messagerie is running: " + APP_URL);
        System.out.println(" Mails and SMS sent:   " + capture.pageUrl());
        System.out.println(" Readiness:            http://localhost:8080/health/ready");
        System.out.println(" Demo accounts and password: see README.md. Ctrl-C stops.");
        System.out.println("==============================================================");
        stopped.await();
    }
}
