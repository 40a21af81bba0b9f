package fr.messagerie.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.SmsGatewayStub;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The failover run, driven by {@code server-config/cluster/cluster.sh failover}: citizens sign in,
 * walk the wizard, send and open their conversations through nginx for a bounded time while one
 * Payara instance is killed with SIGKILL midway; then the database and the SMTP sink (GreenMail,
 * here, where the instances' mail session points) are checked: every accepted message stored once
 * and acknowledged by exactly one mail, no signed-in session lost. Prints the figures and exits
 * non-zero when one of those guarantees failed.
 */
public final class FailoverRun {

    private static final String[] CITIZENS = {
        DemoAccounts.PARTICULIER, DemoAccounts.PARTICULIER_2, DemoAccounts.EXPLOITANT
    };

    private final URI base = URI.create(System.getProperty("failover.base"));
    private final Path victimPidFile = Path.of(System.getProperty("failover.victimPidFile"));
    private final int seconds = Integer.getInteger("failover.seconds", 75);
    private final int killAfter = Integer.getInteger("failover.killAfter", 30);
    private final boolean kill = !"false".equals(System.getProperty("failover.kill"));
    private final int users = Integer.getInteger("failover.users", 6);
    private final int sentinels = Integer.getInteger("failover.sentinels", 4);
    private final Duration settlePatience =
            Duration.ofSeconds(Integer.getInteger("failover.settleSeconds", 150));
    private final HttpClient http = PageClient.sharedHttp();
    private final Counts counts = new Counts();

    /** Accepted messages: reference → login of the citizen who saw its confirmation. */
    private final Map<String, String> accepted = new ConcurrentHashMap<>();

    private final Set<Integer> usersWhoLostTheirSession = ConcurrentHashMap.newKeySet();
    private volatile long killedAtNanos;
    private Instant startedAt;

    private FailoverRun() {}

    public static void main(String[] args) throws Exception {
        System.exit(new FailoverRun().run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        GreenMail smtp =
                new GreenMail(
                        new ServerSetup(
                                Integer.getInteger("failover.smtpPort"), "127.0.0.1", "smtp"));
        smtp.start();
        SmsGatewayStub sms = new SmsGatewayStub();
        sms.start(Integer.getInteger("failover.smsPort"));
        try {
            startedAt = Instant.now();
            List<PageClient> idle = signInSentinels();
            long start = System.nanoTime();
            List<Thread> load = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                int index = i;
                Thread user = new Thread(() -> citizen(index, start), "citizen-" + i);
                load.add(user);
                user.start();
            }
            sleepUntil(start, killAfter);
            if (kill) {
                kill();
            }
            // The idle sessions were signed in before the kill; half of them lived on the victim.
            TimeUnit.SECONDS.sleep(5);
            int kept = checkSentinels(idle);
            for (Thread user : load) {
                user.join();
            }
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "Load over after %.0f s; waiting for the notifications...%n", loadSeconds);
            settle(smtp);
            return report(check(smtp), kept, idle.size(), loadSeconds);
        } finally {
            sms.stop();
            smtp.stop();
        }
    }

    // --- load -----------------------------------------------------------------------------------

    private List<PageClient> signInSentinels() {
        List<PageClient> idle = new ArrayList<>();
        CitizenJourney journey = new CitizenJourney(counts);
        for (int i = 0; i < sentinels; i++) {
            PageClient client = new PageClient(http, base);
            journey.signIn(client, CITIZENS[i % CITIZENS.length]);
            journey.home(client);
            journey.home(client);
            idle.add(client);
        }
        return idle;
    }

    /** Signed in before the kill, silent since: each must still reach the home list after it. */
    private int checkSentinels(List<PageClient> idle) {
        CitizenJourney journey = new CitizenJourney(counts);
        int kept = 0;
        for (PageClient client : idle) {
            try {
                journey.home(client);
                journey.home(client);
                kept++;
            } catch (PageClient.StepFailed lost) {
                System.out.println("Idle session lost: " + lost.getMessage());
            }
        }
        return kept;
    }

    private void citizen(int index, long start) {
        String login = CITIZENS[index % CITIZENS.length];
        CitizenJourney journey = new CitizenJourney(counts);
        PageClient citizen = null;
        boolean signedInBeforeKill = false;
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(seconds)) {
            try {
                if (citizen == null) {
                    citizen = new PageClient(http, base);
                    journey.signIn(citizen, login);
                    signedInBeforeKill = killedAtNanos == 0;
                }
                journey.walkToSummary(citizen);
                URI confirmation = submitOnceOrTwice(journey, citizen);
                accepted.put(journey.afterSend(citizen, confirmation), login);
            } catch (PageClient.StepFailed failed) {
                if (citizen != null && citizen.onSignInPage() && signedInBeforeKill) {
                    usersWhoLostTheirSession.add(index);
                }
                // An error page: start afresh from the home list, as a person would.
                pause(500);
                if (citizen != null && citizen.onSignInPage()) {
                    citizen = null;
                }
            }
        }
    }

    /**
     * A send whose answer is lost (the instance died with the request) is sent again once, as a
     * person clicks again: the same form, so the same wizard token and at most one message.
     */
    private URI submitOnceOrTwice(CitizenJourney journey, PageClient citizen) {
        try {
            return journey.submit(citizen);
        } catch (PageClient.StepFailed first) {
            if (citizen.onSignInPage()) {
                throw first;
            }
            counts.sendsRepeated.incrementAndGet();
            pause(1000);
            return journey.submit(citizen);
        }
    }

    private void kill() throws IOException {
        long pid = Long.parseLong(Files.readString(victimPidFile).trim());
        ProcessHandle victim =
                ProcessHandle.of(pid)
                        .orElseThrow(() -> new IllegalStateException("No process " + pid));
        // destroyForcibly is SIGKILL on Linux: no shutdown hook, no session handed over.
        victim.destroyForcibly();
        killedAtNanos = System.nanoTime();
        System.out.printf(
                "kill -9 %d at %d s (%d requests so far)%n", pid, killAfter, counts.requests.get());
    }

    // --- after the load -------------------------------------------------------------------------

    /**
     * Waits until no acknowledgement of this run is pending any more and the mail count has stood
     * still for a while; deliveries the dead instance had claimed stay SENDING until their lease
     * ends, and are reported as interrupted rather than waited for.
     */
    private void settle(GreenMail smtp) throws Exception {
        long deadline = System.nanoTime() + settlePatience.toNanos();
        int lastMails = -1;
        int stableFor = 0;
        while (System.nanoTime() < deadline) {
            int pending = countNotifications("PENDING");
            int mails = smtp.getReceivedMessages().length;
            stableFor = mails == lastMails ? stableFor + 1 : 0;
            lastMails = mails;
            if (pending == 0 && stableFor >= 3) {
                return;
            }
            TimeUnit.SECONDS.sleep(2);
        }
        System.out.println(
                "Notifications still pending after " + settlePatience.toSeconds() + " s");
    }

    private int countNotifications(String status) throws SQLException {
        try (Connection db = database();
                PreparedStatement query =
                        db.prepareStatement(
                                "select count(*) from notification where kind = 'ACKNOWLEDGEMENT'"
                                    + " and channel = 'MAIL' and status = ? and created_at >= ?")) {
            query.setString(1, status);
            query.setTimestamp(2, Timestamp.from(startedAt));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private Verdict check(GreenMail smtp) throws SQLException, MessagingException {
        Map<String, Integer> mailsPerNotification = new HashMap<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            String id = mail.getHeader("X-Messagerie-Notification", null);
            if (id != null) {
                mailsPerNotification.merge(id, 1, Integer::sum);
            }
        }
        Verdict verdict = new Verdict();
        verdict.mails = mailsPerNotification.values().stream().mapToInt(Integer::intValue).sum();
        verdict.duplicateMails =
                mailsPerNotification.values().stream().mapToInt(n -> Math.max(0, n - 1)).sum();
        Map<String, Integer> storedPerReference = new HashMap<>();
        Map<String, Integer> messagesPerReference = new HashMap<>();
        Map<String, List<String[]>> acknowledgements = new HashMap<>();
        try (Connection db = database();
                PreparedStatement query =
                        db.prepareStatement(
                                "select c.reference, (select count(*) from message m where"
                                        + " m.conversation_id = c.id), n.id, n.status, n.last_error"
                                        + " from conversation c left join notification n on"
                                        + " n.conversation_id = c.id and n.kind = 'ACKNOWLEDGEMENT'"
                                        + " and n.channel = 'MAIL' where c.created_at >= ?")) {
            query.setTimestamp(1, Timestamp.from(startedAt));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String reference = rows.getString(1);
                    storedPerReference.merge(reference, 1, Integer::sum);
                    messagesPerReference.put(reference, rows.getInt(2));
                    if (rows.getString(3) != null) {
                        acknowledgements
                                .computeIfAbsent(reference, r -> new ArrayList<>())
                                .add(
                                        new String[] {
                                            rows.getString(3), rows.getString(4), rows.getString(5)
                                        });
                    }
                }
            }
        }
        verdict.stored = storedPerReference.size();
        verdict.storedNotAccepted =
                (int)
                        storedPerReference.keySet().stream()
                                .filter(r -> !accepted.containsKey(r))
                                .count();
        for (String reference : accepted.keySet()) {
            int stored = storedPerReference.getOrDefault(reference, 0);
            if (stored == 0) {
                verdict.lostMessages++;
                verdict.problems.add(reference + ": accepted but not in the database");
                continue;
            }
            if (stored > 1 || messagesPerReference.get(reference) != 1) {
                verdict.storedTwice++;
                verdict.problems.add(reference + ": stored " + stored + " times");
            }
            List<String[]> acks = acknowledgements.getOrDefault(reference, List.of());
            int mails =
                    acks.stream().mapToInt(a -> mailsPerNotification.getOrDefault(a[0], 0)).sum();
            if (acks.size() != 1 || mails != 1) {
                String states =
                        acks.stream()
                                .map(a -> a[1] + (a[2] == null ? "" : " (" + a[2] + ")"))
                                .toList()
                                .toString();
                verdict.problems.add(
                        reference
                                + ": "
                                + acks.size()
                                + " acknowledgement(s) "
                                + states
                                + ", "
                                + mails
                                + " mail(s)");
                if (mails == 0) {
                    verdict.unacknowledged++;
                }
            }
        }
        return verdict;
    }

    private boolean report(
            Verdict verdict, int sentinelsKept, int sentinelsTotal, double loadSeconds)
            throws IOException {
        int lostSessions = usersWhoLostTheirSession.size() + (sentinelsTotal - sentinelsKept);
        StringBuilder out = new StringBuilder();
        out.append(
                String.format(
                        Locale.ROOT,
                        "# Failover run (%d citizens for %.0f s through nginx, two instances,"
                                + " %s)%n%n",
                        users,
                        loadSeconds,
                        kill ? "kill -9 of one at " + killAfter + " s" : "no kill"));
        out.append("| figure | value |\n|---|---:|\n");
        row(out, "requests", counts.requests.get());
        row(out, "errors (answers that were not the expected page)", counts.errors.get());
        row(out, "requests served while an instance was down", counts.servedWhileDown.get());
        row(out, "errors while an instance was down", counts.errorsWhileDown.get());
        row(out, "sends repeated by the citizen after a lost answer", counts.sendsRepeated.get());
        row(out, "messages accepted (confirmation page seen)", accepted.size());
        row(out, "messages stored", verdict.stored);
        row(out, "stored without the citizen seeing the confirmation", verdict.storedNotAccepted);
        row(out, "accepted messages lost (not stored)", verdict.lostMessages);
        row(out, "accepted messages stored more than once", verdict.storedTwice);
        row(out, "acknowledgement mails received", verdict.mails);
        row(out, "duplicate mails", verdict.duplicateMails);
        row(out, "accepted messages without an acknowledgement mail", verdict.unacknowledged);
        row(
                out,
                "sessions lost (signed in before the kill, sent back to sign-in after it)",
                lostSessions);
        row(
                out,
                "idle sessions signed in before the kill still signed in after it",
                sentinelsKept + " / " + sentinelsTotal);
        if (!verdict.problems.isEmpty()) {
            out.append("\nProblems:\n");
            verdict.problems.stream()
                    .limit(20)
                    .forEach(p -> out.append("- ").append(p).append('\n'));
        }
        if (!counts.firstErrors.isEmpty()) {
            out.append("\nFirst errors:\n");
            counts.firstErrors.forEach(e -> out.append("- ").append(e).append('\n'));
        }
        boolean passed =
                verdict.lostMessages == 0
                        && verdict.storedTwice == 0
                        && verdict.duplicateMails == 0
                        && verdict.unacknowledged == 0
                        && lostSessions == 0
                        && !accepted.isEmpty()
                        && (!kill || counts.servedWhileDown.get() > 0);
        out.append(passed ? "\nPASSED\n" : "\nFAILED\n");
        System.out.println();
        System.out.println(out);
        String report = System.getProperty("failover.report");
        if (report != null) {
            Files.writeString(Path.of(report), out);
        }
        return passed;
    }

    private static void row(StringBuilder out, String figure, Object value) {
        out.append("| ").append(figure).append(" | ").append(value).append(" |\n");
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("failover.db"),
                System.getProperty("failover.dbUser"),
                System.getProperty("failover.dbPassword"));
    }

    private static void sleepUntil(long start, int secondsAfter) throws InterruptedException {
        long wait = start + TimeUnit.SECONDS.toNanos(secondsAfter) - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the database and the SMTP sink say about the run's messages. */
    private static final class Verdict {
        int stored;
        int storedNotAccepted;
        int lostMessages;
        int storedTwice;
        int mails;
        int duplicateMails;
        int unacknowledged;
        final List<String> problems = new ArrayList<>();
    }

    /** Requests and errors, and how many of them came after the kill. */
    private final class Counts implements CitizenJourney.Steps {
        final AtomicLong requests = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong servedWhileDown = new AtomicLong();
        final AtomicLong errorsWhileDown = new AtomicLong();
        final AtomicLong sendsRepeated = new AtomicLong();
        final List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public void record(String step, long startNanos) {
            requests.incrementAndGet();
            if (killedAtNanos != 0) {
                servedWhileDown.incrementAndGet();
            }
        }

        @Override
        public void error(String step, Exception e) {
            requests.incrementAndGet();
            errors.incrementAndGet();
            if (killedAtNanos != 0) {
                errorsWhileDown.incrementAndGet();
            }
            if (firstErrors.size() < 10) {
                firstErrors.add(
                        (killedAtNanos == 0 ? "before" : "after")
                                + " the kill, "
                                + step
                                + ": "
                                + e.getMessage());
            }
        }
    }
}
