package fr.messagerie.bench;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.Deployments;
import fr.messagerie.testsupport.ItDriver;
import fr.messagerie.testsupport.ItDriverServlet;
import fr.messagerie.testsupport.PayaraDomain;
import fr.messagerie.testsupport.SmsGatewayStub;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * Sends N messages through the real path (service → outbox → JMS → MDB → Jakarta Mail → SMTP) at a
 * paced rate and prints throughput, commit-to-SMTP latency percentiles, and the numbers of lost and
 * duplicated acknowledgement mails. A harness, not a test: run it with {@code ./mvnw -Pbench
 * -Dbench.count=2000 -Dbench.rate=100}. It uses a Payara domain of its own ("bench").
 */
public final class NotificationBenchmark {

    private static final Pattern REFERENCE = Pattern.compile("MSG-\\d{4}-[0-9A-Z]{8}");

    private NotificationBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.count", 1000);
        int rate = Integer.getInteger("bench.rate", 100);
        int warmup = Integer.getInteger("bench.warmup", 200);
        Path payaraHome = Path.of(System.getProperty("payara.home"));

        GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", "smtp"));
        smtp.start();
        SmsGatewayStub sms = new SmsGatewayStub();
        String smsUrl = sms.start(8026);
        Map<String, String> env = new HashMap<>();
        env.put("MESSAGERIE_DEMO_DATA", "true");
        env.put("MESSAGERIE_SMTP_HOST", "127.0.0.1");
        env.put("MESSAGERIE_SMTP_PORT", "3025");
        env.put("MESSAGERIE_SMS_GATEWAY_URL", smsUrl);
        env.put("MESSAGERIE_SMS_GATEWAY_KEY", "bench");
        env.put("MESSAGERIE_NOTIFICATION_SWEEP_SECONDS", "10");
        env.put("MESSAGERIE_NOTIFICATION_REPUBLISH_AFTER_SECONDS", "30");
        env.put("MESSAGERIE_RATE_LIMIT_MESSAGES_PER_HOUR", "1000000");
        env.put("MESSAGERIE_RATE_LIMIT_MESSAGES_PER_DAY", "1000000");
        PayaraDomain domain = new PayaraDomain(payaraHome, "bench", env);
        Path war = Path.of("target", "bench.war").toAbsolutePath();
        Deployments.builtWar(ItDriverServlet.class)
                .as(ZipExporter.class)
                .exportTo(war.toFile(), true);
        try {
            domain.start();
            domain.deploy(war);
            if (!domain.awaitReady(Duration.ofMinutes(3))) {
                throw new IllegalStateException("the application never became ready");
            }
            ItDriver driver = new ItDriver(new URL("http://localhost:8080/messagerie/"));
            System.out.printf("Warming up with %d messages...%n", warmup);
            run(driver, smtp, warmup, rate);
            smtp.reset();
            System.out.printf("Measuring %d messages at %d/s...%n", count, rate);
            int smsBefore = sms.received().size();
            domain.startProfile();
            Result result = run(driver, smtp, count, rate);
            domain.stopProfile("notifications");
            result.print(count, rate, sms.received().size() - smsBefore);
        } finally {
            domain.stop();
            sms.stop();
            smtp.stop();
        }
    }

    private static Result run(ItDriver driver, GreenMail smtp, int count, int rate)
            throws Exception {
        Map<String, Long> committedAt = new ConcurrentHashMap<>();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        // Enough clients that the offered rate never waits for a free one (an open load).
        ExecutorService clients = Executors.newFixedThreadPool(64);
        long start = System.nanoTime();
        long[] submittedBy = new long[1];
        Thread pacer =
                new Thread(
                        () -> {
                            submit(driver, clients, count, rate, start, committedAt, errors);
                            submittedBy[0] = System.nanoTime();
                        },
                        "pacer");
        pacer.start();

        // Mails are read WHILE the messages are sent: their arrival time is when they are seen.
        // Only the mails that arrived since the last look are read: rescanning every mail each
        // time cost the harness more CPU than the server spent sending them, on the same cores.
        MailArrivals arrivals = new MailArrivals(smtp);
        long quietSince = System.nanoTime();
        while (pacer.isAlive() || System.nanoTime() - quietSince < TimeUnit.SECONDS.toNanos(15)) {
            if (arrivals.poll()) {
                quietSince = System.nanoTime();
            }
            if (!pacer.isAlive()
                    && !committedAt.isEmpty()
                    && arrivals.firstAt.keySet().containsAll(committedAt.keySet())) {
                Thread.sleep(3000); // late duplicates would show up now
                arrivals.poll();
                break;
            }
            Thread.sleep(5);
        }
        pacer.join();
        return new Result(
                committedAt,
                arrivals.firstAt,
                arrivals.perReference,
                errors,
                start,
                submittedBy[0]);
    }

    /** Offers {@code count} messages at {@code rate} per second; returns when all were answered. */
    private static void submit(
            ItDriver driver,
            ExecutorService clients,
            int count,
            int rate,
            long start,
            Map<String, Long> committedAt,
            List<String> errors) {
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        try {
            for (int i = 0; i < count; i++) {
                long wait = start + i * intervalNanos - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                String login = i % 2 == 0 ? DemoAccounts.PARTICULIER : DemoAccounts.EXPLOITANT;
                clients.execute(
                        () -> {
                            try {
                                String reference =
                                        driver.submit(
                                                login,
                                                "MOTIF_CHANGEMENT_SITUATION_FAMILLE",
                                                "Message de mesure de performance des"
                                                        + " notifications.");
                                committedAt.put(reference, System.nanoTime());
                            } catch (RuntimeException e) {
                                errors.add(e.getMessage());
                            }
                        });
            }
            clients.shutdown();
            clients.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The acknowledgement mails GreenMail received, by reference, read incrementally. */
    private static final class MailArrivals {
        private final GreenMail smtp;
        private final Map<String, Integer> readPerMailbox = new HashMap<>();
        final Map<String, Long> firstAt = new HashMap<>();
        final Map<String, Integer> perReference = new HashMap<>();

        MailArrivals(GreenMail smtp) {
            this.smtp = smtp;
        }

        /** Reads the mails that arrived since the last call; true if there were any. */
        boolean poll() {
            long now = System.nanoTime();
            boolean arrived = false;
            for (GreenMailUser user : smtp.getUserManager().listUser()) {
                List<StoredMessage> inbox;
                try {
                    // A copy: the live list grows while SMTP sessions deliver.
                    inbox =
                            List.of(
                                    smtp.getManagers()
                                            .getImapHostManager()
                                            .getInbox(user)
                                            .getMessages()
                                            .toArray(new StoredMessage[0]));
                } catch (FolderException e) {
                    throw new IllegalStateException(e);
                }
                int read = readPerMailbox.getOrDefault(user.getEmail(), 0);
                for (StoredMessage message : inbox.subList(read, inbox.size())) {
                    String reference = referenceOf(message.getMimeMessage());
                    if (reference != null) {
                        perReference.merge(reference, 1, Integer::sum);
                        firstAt.putIfAbsent(reference, now);
                    }
                    arrived = true;
                }
                readPerMailbox.put(user.getEmail(), inbox.size());
            }
            return arrived;
        }
    }

    private static String referenceOf(MimeMessage message) {
        try {
            Matcher matcher = REFERENCE.matcher(message.getSubject());
            return matcher.find() ? matcher.group() : null;
        } catch (MessagingException e) {
            return null;
        }
    }

    private record Result(
            Map<String, Long> committedAt,
            Map<String, Long> mailedAt,
            Map<String, Integer> mailsPerReference,
            List<String> errors,
            long start,
            long submittedBy) {

        void print(int count, int rate, int smsDelivered) {
            List<Long> latenciesMicros = new ArrayList<>();
            long last = start;
            for (var entry : committedAt.entrySet()) {
                Long mailed = mailedAt.get(entry.getKey());
                if (mailed != null) {
                    latenciesMicros.add(Math.max(0, mailed - entry.getValue()) / 1000);
                    last = Math.max(last, mailed);
                }
            }
            latenciesMicros.sort(Long::compare);
            long lost = committedAt.keySet().stream().filter(r -> !mailedAt.containsKey(r)).count();
            long duplicated =
                    mailsPerReference.values().stream().mapToLong(n -> Math.max(0, n - 1)).sum();
            double seconds = (last - start) / 1e9;
            System.out.println();
            System.out.println("| figure | value |");
            System.out.println("|---|---|");
            System.out.printf("| messages sent (target rate) | %d (%d/s) |%n", count, rate);
            System.out.printf("| accepted by the service | %d |%n", committedAt.size());
            System.out.printf(
                    "| accepted per second (first to last answer) | %.1f |%n",
                    committedAt.size() / ((submittedBy - start) / 1e9));
            System.out.printf("| submit errors | %d |%n", errors.size());
            System.out.printf("| acknowledgement mails at SMTP | %d |%n", mailedAt.size());
            System.out.printf(
                    "| throughput (mails/s, first submit to last mail) | %.1f |%n",
                    mailedAt.size() / seconds);
            System.out.printf(
                    "| commit → SMTP p50 | %d ms |%n", percentile(latenciesMicros, 50) / 1000);
            System.out.printf(
                    "| commit → SMTP p95 | %d ms |%n", percentile(latenciesMicros, 95) / 1000);
            System.out.printf(
                    "| commit → SMTP p99 | %d ms |%n", percentile(latenciesMicros, 99) / 1000);
            // Each message owes a mail and an SMS: the target counts notifications, both kinds.
            double notificationsPerSecond = (mailedAt.size() + smsDelivered) / seconds;
            System.out.printf("| SMS at the gateway | %d |%n", smsDelivered);
            System.out.printf(
                    "| notifications delivered per second (mails + SMS) | %.1f |%n",
                    notificationsPerSecond);
            System.out.printf("| lost | %d |%n", lost);
            System.out.printf("| duplicated | %d |%n", duplicated);
            long p95 = percentile(latenciesMicros, 95) / 1000;
            boolean met =
                    lost == 0 && duplicated == 0 && p95 < 250 && notificationsPerSecond >= 100;
            System.out.printf(
                    "Target: commit → SMTP p95 < 250 ms at ≥ 100 notifications/s, 0 lost, 0"
                            + " duplicated: %s (p95 %d ms at %.1f/s, %d lost, %d duplicated)%n",
                    met ? "PASS" : "FAIL", p95, notificationsPerSecond, lost, duplicated);
            System.out.println(
                    lost == 0 && duplicated == 0
                            ? "RESULT: PASS (0 lost, 0 duplicated)"
                            : "RESULT: FAIL");
        }

        private static long percentile(List<Long> sorted, int p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
        }
    }
}
