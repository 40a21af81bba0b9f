package fr.messagerie.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Drives the unpacked Payara Server through asadmin, the way an operator would: the run mode and
 * the benchmarks each use a domain of their own, created on first use, so that the tests' domain1
 * never finds someone else's deployment in its way.
 */
public final class PayaraDomain {

    private static final Path PRE_BOOT_COMMANDS =
            Path.of("server-config", "payara", "pre-boot-commands.asadmin");

    private final Path payaraHome;
    private final String domain;
    private final Map<String, String> environment;
    private final List<String> deployed = new ArrayList<>();

    public PayaraDomain(Path payaraHome, String domain, Map<String, String> environment) {
        this.payaraHome = payaraHome;
        this.domain = domain;
        this.environment = environment;
    }

    public void start() {
        create();
        startCreated();
    }

    /**
     * Starts a domain {@link #create()} has made and stopped, with no other asadmin call. The
     * operators' pre-boot settings (compression, headers, listeners) are applied at every start, as
     * the server image does: the run mode and the harnesses serve what production serves.
     */
    public void startCreated() {
        asadmin(
                true,
                "start-domain",
                "--prebootcommandfile",
                PRE_BOOT_COMMANDS.toAbsolutePath().toString(),
                domain);
    }

    /** Creates the domain the first time, and stops it if a previous run left it running. */
    public void create() {
        if (!Files.isDirectory(payaraHome.resolve("glassfish/domains/" + domain))) {
            asadmin(true, "create-domain", "--nopassword=true", "--checkports=false", domain);
        }
        asadmin(false, "stop-domain", domain);
    }

    public void deploy(Path war) {
        asadmin(true, "deploy", "--force=true", "--contextroot", "messagerie", war.toString());
        deployed.add(applicationName(war));
    }

    /** Deploys under a context root of its own (e.g. a baseline WAR beside the application). */
    public void deploy(Path war, String contextRoot) {
        asadmin(true, "deploy", "--force=true", "--contextroot", contextRoot, war.toString());
        deployed.add(applicationName(war));
    }

    private static String applicationName(Path war) {
        return war.getFileName().toString().replaceFirst("\\.war$", "");
    }

    public void undeploy(String application) {
        asadmin(false, "undeploy", application);
        deployed.remove(application);
    }

    /** The server JVM's process id, from the pid file the domain writes once started. */
    public long pid() {
        Path pidFile = payaraHome.resolve("glassfish/domains/" + domain + "/config/pid");
        try {
            return Long.parseLong(Files.readString(pidFile).trim());
        } catch (IOException e) {
            throw new IllegalStateException("No pid file for domain " + domain, e);
        }
    }

    /**
     * CPU time the server JVM has used so far (user + system, all threads, JIT and GC included),
     * from /proc: what a request costs the server, whatever the load generator's own limits.
     * Resolution: one clock tick (10 ms), so read it over windows of a second or more.
     */
    public long cpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
            // Fields after the command name, which is in parentheses and may contain spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Runs a diagnostic command in the server JVM (GC, heap, flight recorder) and returns its
     * output.
     */
    public String jcmd(String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process =
                    new ProcessBuilder(jcmd.toString(), Long.toString(pid()), command)
                            .redirectErrorStream(true)
                            .start();
            String output =
                    new String(
                            process.getInputStream().readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8);
            process.waitFor(1, java.util.concurrent.TimeUnit.MINUTES);
            return output;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * With {@code -Dbench.profile=true}, records what the server does with its own flight recorder
     * until {@link #stopProfile}: read it with {@code jfr print} or {@code jfr view hot-methods}
     * (JDK 21+).
     */
    public void startProfile() {
        if (Boolean.getBoolean("bench.profile")) {
            System.out.println(jcmd("JFR.start name=bench settings=profile"));
        }
    }

    /** Writes the recording started by {@link #startProfile} to {@code target/perf/NAME.jfr}. */
    public void stopProfile(String name) {
        if (Boolean.getBoolean("bench.profile")) {
            Path recording = Path.of("target", "perf", name + ".jfr").toAbsolutePath();
            try {
                Files.createDirectories(recording.getParent());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            System.out.println(jcmd("JFR.stop name=bench filename=" + recording));
        }
    }

    /**
     * Undeploys what this run deployed, then stops the domain: an application left registered would
     * load again at the next start and race with that run's own deployment.
     */
    public void stop() {
        List.copyOf(deployed).forEach(this::undeploy);
        asadmin(false, "stop-domain", domain);
    }

    /** Where Payara serves the application's readiness (its HTTP port). */
    public static String readinessUrl() {
        return "http://localhost:8080/health/ready";
    }

    /** Waits until the readiness endpoint answers UP; false if it never did. */
    public boolean awaitReady(java.time.Duration patience) throws InterruptedException {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest ready =
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(readinessUrl()))
                        .timeout(java.time.Duration.ofSeconds(5))
                        .build();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(ready, java.net.http.HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(500);
        }
        return false;
    }

    private void asadmin(boolean mustSucceed, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(payaraHome.resolve("bin/asadmin").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                if (mustSucceed) {
                    throw new IllegalStateException(
                            "asadmin " + String.join(" ", arguments) + " failed");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run asadmin in " + payaraHome, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
