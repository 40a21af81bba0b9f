package fr.messagerie.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The corpus of hostile inputs (src/test/resources/security/xss-payloads.txt): each would set
 * {@code window.__xss} if a page ever executed it. Store them as message bodies or names through
 * the real services, then look at the page with {@link SecurityProbeBrowser}.
 */
public final class XssPayloads {

    private XssPayloads() {}

    public static List<String> all() {
        try (InputStream in = XssPayloads.class.getResourceAsStream("/security/xss-payloads.txt");
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
