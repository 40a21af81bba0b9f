package fr.messagerie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.testsupport.Deployments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a phone downloads, on the server as the build configured it from server-config/ (Payara's
 * pre-boot commands, WildFly's CLI script): pages, scripts and style sheets compressed, and every
 * script, style sheet and font at a versioned address that the browser keeps for a year.
 */
@ExtendWith(ArquillianExtension.class)
class CompressionAndCachingIT {

    private static final Pattern RESOURCE =
            Pattern.compile("(?:src|href)=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]+)\"");

    @ArquillianResource private URL base;

    // HTTP/1.1, as browsers speak over plain http (they never upgrade to cleartext HTTP/2, which
    // the JDK client would otherwise try).
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @Test
    void pagesAreCompressedForBrowsersThatAcceptIt() {
        for (String page : List.of("", "connexion.xhtml")) {
            HttpResponse<byte[]> response = get(page, "gzip, deflate, br");

            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).as(page).contains("gzip");
            assertThat(gunzip(response.body())).as(page).contains("</html>");
        }
    }

    @Test
    void aBrowserThatAcceptsNoCompressionGetsThePagePlain() {
        HttpResponse<byte[]> response = get("connexion.xhtml", null);

        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("</html>");
    }

    @Test
    void scriptsAndStyleSheetsAreCompressedVersionedAndCachedForAYear() {
        // The public home page draws PrimeFaces components: it loads their scripts and styles
        // as well as ours and Faces' own.
        List<String> resources = resourcesOf("");
        assertThat(resources)
                .anyMatch(r -> r.contains(".js"))
                .anyMatch(r -> r.contains("css/messagerie.css"));

        for (String resource : resources) {
            assertThat(resource).as("versioned address").containsPattern("[?&]v=[0-9a-z.]+");
            HttpResponse<byte[]> response = get(resource, "gzip");

            assertThat(response.statusCode()).as(resource).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding"))
                    .as(resource)
                    .contains("gzip");
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as(resource)
                    .hasValueSatisfying(
                            cache ->
                                    assertThat(cache)
                                            .contains("max-age=31536000")
                                            .contains("immutable"));
        }
    }

    @Test
    void theSignInPageLoadsNoComponentScripts() {
        // Only PrimeFaces' locale texts (4 KB), which its head renderer adds to every page.
        assertThat(resourcesOf("connexion.xhtml"))
                .noneMatch(r -> r.contains("jquery") || r.contains("core.js"))
                .noneMatch(r -> r.contains("components.js"));
    }

    private List<String> resourcesOf(String page) {
        String html = gunzip(get(page, "gzip").body());
        List<String> found = new ArrayList<>();
        Matcher resource = RESOURCE.matcher(html);
        while (resource.find()) {
            found.add(resource.group(1).replace("&amp;", "&"));
        }
        return found;
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) {
        URI uri =
                path.startsWith("/")
                        ? URI.create(base.toString()).resolve(path)
                        : URI.create(base + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
