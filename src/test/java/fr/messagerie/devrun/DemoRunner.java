package fr.messagerie.devrun;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.messagerie.testsupport.PayaraDomain;
import fr.messagerie.testsupport.WildFlyServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The run mode ({@code ./mvnw -Prun}, or {@code ./mvnw -Prun,wildfly}): Payara Server (or WildFly)
 * with the WAR on embedded defaults (H2, the embedded broker), demo data, and every outgoing mail
 * and SMS captured here and shown on a page. Ctrl-C stops the server. Lives in the test sources:
 * nothing of it ships in the WAR.
 */
public final class DemoRunner {

    static final int SMTP_PORT = 3025;
    static final int CAPTURE_PORT = 8025;
    static final String APP_URL = "http://localhost:8080/messagerie/";

    private DemoRunner() {}

    public static void main(String[] args) throws Exception {
        Path war = Path.of(System.getProperty("war.file"));

        GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
        mail.start();
        CaptureServer capture = new CaptureServer(CAPTURE_PORT, mail);
        capture.start();

        Map<String, String> environment =
                Map.of(
                        "MESSAGERIE_DEMO_DATA", "true",
                        "MESSAGERIE_DEMO_CONVERSATIONS", "true",
                        "MESSAGERIE_FACES_STAGE", "Development",
                        "MESSAGERIE_SMTP_HOST", "127.0.0.1",
                        "MESSAGERIE_SMTP_PORT", String.valueOf(SMTP_PORT),
                        "MESSAGERIE_SMS_GATEWAY_URL", capture.smsGatewayUrl(),
                        "MESSAGERIE_SMS_GATEWAY_KEY", "demo-key");
        Server domain =
                "wildfly".equals(System.getProperty("run.server"))
                        ? wildFly(environment)
                        : payara(environment);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    System.out.println("Stopping the server...");
                                    domain.stop();
                                    capture.stop();
                                    mail.stop();
                                    stopped.countDown();
                                }));
        try {
            domain.start();
            domain.deploy(war);
            if (!domain.awaitReady(Duration.ofMinutes(2))) {
                throw new IllegalStateException(
                        "the readiness endpoint did not answer UP within two minutes");
            }
        } catch (RuntimeException e) {
            // A run mode that failed must not hang with a half-started server: say why, then
            // exit non-zero (the shutdown hook stops the server, the capture and the mail server).
            System.err.println();
            System.err.println("Messagerie did not start: " + e.getMessage());
            System.err.println("See the server log; the server is being stopped.");
            System.exit(1);
        }
        System.out.println();
        System.out.println("==============================================================");
        System.out.println(" Messagerie is running: " + APP_URL);
        System.out.println(" Mails and SMS sent:   " + capture.pageUrl());
        System.out.println(" Readiness:            " + domain.readinessUrl());
        System.out.println(" Demo accounts and password: see README.md. Ctrl-C stops.");
        System.out.println("==============================================================");
        stopped.await();
    }

    /** What the run mode needs of a server. */
    interface Server {
        void start();

        void deploy(Path war);

        boolean awaitReady(Duration patience) throws InterruptedException;

        void stop();

        String readinessUrl();
    }

    private static Server payara(Map<String, String> environment) {
        Path payaraHome = Path.of(System.getProperty("payara.home"));
        PayaraDomain domain = new PayaraDomain(payaraHome, "demo", environment);
        return new Server() {
            public void start() {
                domain.start();
            }

            public void deploy(Path war) {
                domain.deploy(war);
            }

            public boolean awaitReady(Duration patience) throws InterruptedException {
                return domain.awaitReady(patience);
            }

            public void stop() {
                domain.stop();
            }

            public String readinessUrl() {
                return PayaraDomain.readinessUrl();
            }
        };
    }

    private static Server wildFly(Map<String, String> environment) {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        WildFlyServer server = new WildFlyServer(jbossHome, "demo", environment);
        return new Server() {
            public void start() {
                server.start();
            }

            public void deploy(Path war) {
                server.deploy(war);
            }

            public boolean awaitReady(Duration patience) throws InterruptedException {
                return server.awaitReady(patience);
            }

            public void stop() {
                server.stop();
            }

            public String readinessUrl() {
                return WildFlyServer.readinessUrl();
            }
        };
    }
}
