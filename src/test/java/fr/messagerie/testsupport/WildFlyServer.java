package fr.messagerie.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Drives the unpacked WildFly (standalone-full, configured by server-config/wildfly/messagerie.cli)
 * for the run mode, the way {@link PayaraDomain} drives Payara: a server base directory of its own
 * (a copy of {@code standalone/configuration}, made on first use) keeps the tests' server
 * untouched.
 */
public final class WildFlyServer {

    private final Path home;
    private final Path baseDir;
    private final Map<String, String> environment;
    private Process process;

    public WildFlyServer(Path home, String name, Map<String, String> environment) {
        this.home = home;
        this.baseDir = home.resolve(name);
        this.environment = environment;
    }

    public void start() {
        try {
            if (!Files.isDirectory(baseDir)) {
                copy(home.resolve("standalone/configuration"), baseDir.resolve("configuration"));
                Files.createDirectories(baseDir.resolve("deployments"));
            }
            List<String> command = new ArrayList<>();
            command.add(home.resolve("bin/standalone.sh").toString());
            command.addAll(
                    List.of(
                            "-c",
                            "standalone-full.xml",
                            "-Djboss.server.base.dir=" + baseDir,
                            "-Duser.timezone=UTC",
                            "-Dfile.encoding=UTF-8"));
            ProcessBuilder builder =
                    new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(baseDir.resolve("console.log").toFile());
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start WildFly in " + home, e);
        }
    }

    /** Deploys through the deployment scanner of the server's base directory. */
    public void deploy(Path war) {
        try {
            Path deployments = baseDir.resolve("deployments");
            Files.copy(
                    war,
                    deployments.resolve("messagerie.war"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot deploy " + war, e);
        }
    }

    /**
     * Stops the server through its management interface: killing standalone.sh would leave the
     * server's own java process running.
     */
    public void stop() {
        try {
            Process shutdown =
                    new ProcessBuilder(
                                    home.resolve("bin/jboss-cli.sh").toString(),
                                    "--connect",
                                    "--command=:shutdown")
                            .inheritIO()
                            .start();
            shutdown.waitFor(2, TimeUnit.MINUTES);
            if (process != null) {
                process.waitFor(1, TimeUnit.MINUTES);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot stop WildFly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until readiness (MicroProfile Health, on WildFly's management port) answers UP. */
    public boolean awaitReady(Duration patience) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready =
                HttpRequest.newBuilder(URI.create(readinessUrl()))
                        .timeout(Duration.ofSeconds(5))
                        .build();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                String body = client.send(ready, HttpResponse.BodyHandlers.ofString()).body();
                // UP with the application's own checks, not the empty server's default UP.
                if (body.contains("\"status\":\"UP\"") && body.contains("database")) {
                    return true;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(500);
        }
        return false;
    }

    public static String readinessUrl() {
        return "http://localhost:9990/health/ready";
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
