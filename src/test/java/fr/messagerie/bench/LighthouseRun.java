package fr.messagerie.bench;

import fr.messagerie.platform.demo.DemoAccounts;
import fr.messagerie.testsupport.PayaraDomain;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lighthouse's mobile audit (the npm package, on Debian's Chromium) of the pages a citizen sees:
 * the sign-in page, the private space, the home list, each step of the wizard, the confirmation and
 * the conversation, signed in with a real session walked over HTTP. For each page it prints the
 * performance score, first contentful paint, what a first visit downloads (Lighthouse's total byte
 * weight) and what a later visit downloads (the compressed page plus whatever it loads that the
 * browser may not keep for a year), with pass/fail against the targets, into {@code
 * target/perf/lighthouse.md} and one JSON report per page. A harness, not a test: {@code ./mvnw
 * -Pbench -Dbench.main=fr.messagerie.bench.LighthouseRun} (about 4 minutes; needs {@code node} and
 * {@code chromium}; Lighthouse is installed under {@code target/lighthouse} on first use).
 */
public final class LighthouseRun {

    private static final URI BASE = URI.create("http://localhost:8080/messagerie/");
    private static final String LIGHTHOUSE = "lighthouse@12.8.2";
    private static final Pattern RESOURCE =
            Pattern.compile("(?:src|href)=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]+)\"");

    private static final int SCORE_GOAL = 90;
    private static final double FCP_GOAL_MS = 2000;
    private static final double FIRST_VISIT_GOAL_KB = 350;
    private static final double LATER_PAGE_GOAL_KB = 40;

    /** The journey's steps whose resulting page is audited, and the name the report gives it. */
    private static final Map<String, String> AUDITED_BEFORE_SEND = new LinkedHashMap<>();

    private static final Map<String, String> AUDITED_AFTER_SEND = new LinkedHashMap<>();

    static {
        AUDITED_BEFORE_SEND.put("sign-in", "private space");
        AUDITED_BEFORE_SEND.put("home list", "home list (Mes messages)");
        AUDITED_BEFORE_SEND.put("wizard: theme page", "wizard: theme");
        AUDITED_BEFORE_SEND.put("wizard: theme", "wizard: subject");
        AUDITED_BEFORE_SEND.put("wizard: subject", "wizard: motif");
        AUDITED_BEFORE_SEND.put("wizard: offer dialog, write", "wizard: message");
        AUDITED_BEFORE_SEND.put("wizard: text", "wizard: summary");
        AUDITED_AFTER_SEND.put("confirmation", "confirmation");
        AUDITED_AFTER_SEND.put("conversation", "conversation");
    }

    private final HttpClient http = PageClient.sharedHttp();
    private final Path perf = Path.of("target", "perf").toAbsolutePath();
    private final List<Audit> audits = new ArrayList<>();
    private Path lighthouse;

    private LighthouseRun() {}

    public static void main(String[] args) throws Exception {
        new LighthouseRun().run();
    }

    private void run() throws Exception {
        Files.createDirectories(perf);
        lighthouse = installLighthouse(Path.of("target", "lighthouse").toAbsolutePath());
        BenchSinks sinks = new BenchSinks();
        Map<String, String> env = sinks.environment();
        PayaraDomain domain =
                new PayaraDomain(Path.of(System.getProperty("payara.home")), "bench", env);
        try {
            domain.start();
            domain.deploy(Path.of(System.getProperty("war.file")));
            if (!domain.awaitReady(Duration.ofMinutes(3))) {
                throw new IllegalStateException("the application never became ready");
            }
            auditJourney();
            report();
        } finally {
            domain.stop();
            sinks.close();
        }
    }

    /**
     * Walks the journey once, noting where each step landed, and audits those pages while they are
     * still reachable: the wizard's before the send ends its flow, the rest after it.
     */
    private void auditJourney() throws Exception {
        PageClient citizen = new PageClient(http, BASE);
        Map<String, URI> landed = new LinkedHashMap<>();
        CitizenJourney journey =
                new CitizenJourney(
                        new CitizenJourney.Steps() {
                            @Override
                            public void record(String step, long startNanos) {
                                landed.put(step, citizen.location());
                            }

                            @Override
                            public void error(String step, Exception e) {
                                throw new IllegalStateException(step + " failed", e);
                            }
                        });
        // A first GET of each page warms the server up, so Lighthouse times the page and not a
        // cold JIT.
        journey.signIn(citizen, DemoAccounts.PARTICULIER);
        journey.walkToSummary(citizen);
        audit("sign-in", BASE.resolve("connexion.xhtml"), null);
        auditSteps(AUDITED_BEFORE_SEND, landed, citizen);
        // The audits opened more views than the session keeps: the summary is drawn again so
        // that its form posts a view state the server still has.
        citizen.get(landed.get("wizard: text").toString());
        journey.afterSend(citizen, journey.submit(citizen));
        auditSteps(AUDITED_AFTER_SEND, landed, citizen);
    }

    private void auditSteps(Map<String, String> steps, Map<String, URI> landed, PageClient citizen)
            throws Exception {
        for (Map.Entry<String, String> step : steps.entrySet()) {
            audit(step.getValue(), landed.get(step.getKey()), citizen.cookieHeader());
        }
    }

    private void audit(String name, URI page, String cookies) throws Exception {
        System.out.printf("Lighthouse: %s (%s)%n", name, page);
        Path report = perf.resolve("lighthouse-" + name.replaceAll("[^a-z]+", "-") + ".json");
        List<String> command = new ArrayList<>();
        command.add("node");
        command.add(lighthouse.toString());
        command.add(page.toString());
        command.add("--quiet");
        command.add("--only-categories=performance");
        command.add("--output=json");
        command.add("--output-path=" + report);
        command.add(
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu"
                        + " --disable-dev-shm-usage");
        if (cookies != null) {
            command.add("--extra-headers={\"Cookie\":\"" + cookies + "\"}");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CHROME_PATH", "/usr/bin/chromium");
        builder.redirectOutput(
                ProcessBuilder.Redirect.appendTo(perf.resolve("lighthouse.log").toFile()));
        // Lighthouse itself sometimes loses a trace ("NO_NAVSTART ... run Lighthouse again"):
        // such a run measured nothing and is run again, at most twice.
        for (int attempt = 1; ; attempt++) {
            Process process = builder.start();
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(
                        "Lighthouse failed on " + page + ": see lighthouse.log");
            }
            String lost = LighthouseReport.runtimeError(report);
            if (lost == null) {
                break;
            }
            if (attempt == 3) {
                throw new IllegalStateException("Lighthouse failed on " + page + ": " + lost);
            }
            System.out.printf("Lighthouse lost its trace (%s): again%n", lost);
        }
        audits.add(
                new Audit(
                        name,
                        LighthouseReport.read(report),
                        laterVisitBytes(page, cookies) / 1024.0));
    }

    /**
     * What a later visit of this page downloads once the browser has been there before: the page
     * itself as the server sends it (compressed), and every script, style sheet or font it loads
     * that the browser may not keep for a year.
     */
    private long laterVisitBytes(URI page, String cookies) throws Exception {
        HttpResponse<byte[]> html = fetch(page, cookies);
        long bytes = transferred(html);
        Matcher resource = RESOURCE.matcher(decoded(html));
        while (resource.find()) {
            HttpResponse<byte[]> loaded =
                    fetch(page.resolve(resource.group(1).replace("&amp;", "&")), cookies);
            String cache = loaded.headers().firstValue("Cache-Control").orElse("");
            if (!cache.contains("max-age=31536000")) {
                bytes += transferred(loaded);
            }
        }
        return bytes;
    }

    private HttpResponse<byte[]> fetch(URI uri, String cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip");
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Body as sent plus the status line and headers, as the network carries them. */
    private static long transferred(HttpResponse<byte[]> response) {
        long headers = 17;
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            for (String value : header.getValue()) {
                headers += header.getKey().length() + value.length() + 4;
            }
        }
        return headers + response.body().length;
    }

    private static String decoded(HttpResponse<byte[]> response) throws IOException {
        boolean gzip =
                response.headers().firstValue("Content-Encoding").orElse("").contains("gzip");
        byte[] body =
                gzip
                        ? new java.util.zip.GZIPInputStream(
                                        new java.io.ByteArrayInputStream(response.body()))
                                .readAllBytes()
                        : response.body();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static Path installLighthouse(Path prefix) throws Exception {
        Path cli = prefix.resolve("node_modules/lighthouse/cli/index.js");
        if (!Files.exists(cli)) {
            System.out.println("Installing " + LIGHTHOUSE + " into " + prefix + "...");
            Files.createDirectories(prefix);
            Process npm =
                    new ProcessBuilder(
                                    "npm",
                                    "install",
                                    "--no-save",
                                    "--prefix",
                                    prefix.toString(),
                                    LIGHTHOUSE)
                            .inheritIO()
                            .start();
            if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm install " + LIGHTHOUSE + " failed");
            }
        }
        return cli;
    }

    private void report() throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(
                "# Lighthouse, mobile profile (simulated slow 4G, 4× CPU slowdown), Debian"
                        + " Chromium\n\n");
        out.append(
                "| page | performance | first contentful paint | largest contentful paint"
                        + " | total blocking time | first visit | later visit | result |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        boolean allPass = true;
        for (Audit audit : audits) {
            LighthouseReport r = audit.report();
            boolean pass =
                    r.score() >= SCORE_GOAL
                            && r.firstContentfulPaintMs() < FCP_GOAL_MS
                            && r.totalKb() <= FIRST_VISIT_GOAL_KB
                            && audit.laterVisitKb() <= LATER_PAGE_GOAL_KB;
            allPass &= pass;
            out.append(
                    String.format(
                            Locale.ROOT,
                            "| %s | %d | %.1f s | %.1f s | %.0f ms | %.0f KiB | %.1f KiB | %s |%n",
                            audit.page(),
                            r.score(),
                            r.firstContentfulPaintMs() / 1000,
                            r.largestContentfulPaintMs() / 1000,
                            r.totalBlockingTimeMs(),
                            r.totalKb(),
                            audit.laterVisitKb(),
                            pass ? "PASS" : "FAIL"));
        }
        out.append(
                String.format(
                        Locale.ROOT,
                        "%nTargets: performance ≥ %d, first contentful paint < %.0f s, first visit"
                                + " ≤ %.0f KiB, a later page ≤ %.0f KiB. Overall: %s%n",
                        SCORE_GOAL,
                        FCP_GOAL_MS / 1000,
                        FIRST_VISIT_GOAL_KB,
                        LATER_PAGE_GOAL_KB,
                        allPass ? "PASS" : "FAIL"));
        System.out.println();
        System.out.println(out);
        Path summary = perf.resolve("lighthouse.md");
        Files.writeString(summary, out);
        System.out.println("Written to " + summary);
    }

    private record Audit(String page, LighthouseReport report, double laterVisitKb) {}
}
