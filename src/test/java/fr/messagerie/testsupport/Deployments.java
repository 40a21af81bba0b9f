package fr.messagerie.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Container tests deploy the WAR the build produced (not a hand-listed archive), so they prove what
 * ships. In-container tests add only their own classes.
 *
 * <p>One thing differs from production: test suites send far more messages per citizen than a
 * person would, so the message rate limit is raised (appended to the WAR's embedded config). A test
 * that proves the limit itself deploys with {@link #builtWar(Map, Class...)} and its own values.
 */
public final class Deployments {

    static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    /** What every test deployment changes from the shipped configuration. */
    public static final Map<String, String> TEST_CONFIG =
            Map.of(
                    "messagerie.rate-limit.messages-per-hour", "100000",
                    "messagerie.rate-limit.messages-per-day", "100000");

    private Deployments() {}

    public static WebArchive builtWar(Class<?>... testClasses) {
        return builtWar(Map.of(), testClasses);
    }

    /** The built WAR with configuration values of its own (on top of {@link #TEST_CONFIG}). */
    public static WebArchive builtWar(Map<String, String> config, Class<?>... testClasses) {
        File war = new File(System.getProperty("war.file", "target/messagerie.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        Map<String, String> values = new LinkedHashMap<>(TEST_CONFIG);
        values.putAll(config);
        StringBuilder properties = new StringBuilder(read(archive.get(CONFIG)));
        properties.append("\n# Added by the test deployment\n");
        values.forEach(
                (key, value) -> properties.append(key).append('=').append(value).append('\n'));
        archive.add(new StringAsset(properties.toString()), CONFIG);
        return archive.addClasses(testClasses);
    }

    private static String read(Node node) {
        if (node == null || node.getAsset() == null) {
            return "";
        }
        try (InputStream in = node.getAsset().openStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
