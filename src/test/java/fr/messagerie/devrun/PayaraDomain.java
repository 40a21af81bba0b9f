package fr.messagerie.devrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Drives the unpacked Payara Server through asadmin, the way an operator would. */
final class PayaraDomain {

    static final String DOMAIN = "demo";

    private final Path payaraHome;
    private final Map<String, String> environment;

    PayaraDomain(Path payaraHome, Map<String, String> environment) {
        this.payaraHome = payaraHome;
        this.environment = environment;
    }

    /**
     * Starts the run mode's own domain, created on first use: the tests' domain1 stays untouched,
     * so a test run after a demo never finds the demo's deployment in its way.
     */
    void start() {
        if (!Files.isDirectory(payaraHome.resolve("glassfish/domains/" + DOMAIN))) {
            asadmin(true, "create-domain", "--nopassword=true", "--checkports=false", DOMAIN);
        }
        asadmin(false, "stop-domain", DOMAIN);
        asadmin(true, "start-domain", DOMAIN);
    }

    void deploy(Path war) {
        asadmin(true, "deploy", "--force=true", "--contextroot", "messagerie", war.toString());
    }

    void stop() {
        asadmin(false, "stop-domain", DOMAIN);
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
