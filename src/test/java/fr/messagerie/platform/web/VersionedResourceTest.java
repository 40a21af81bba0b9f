package fr.messagerie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.Resource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionedResourceTest {

    @Test
    void anUnversionedAddressGetsTheContentsVersion() {
        VersionedResource css =
                new VersionedResource(
                        new FixedResource("/app/jakarta.faces.resource/css/app.css.xhtml", "a{}"),
                        () -> "0123456789ab",
                        () -> false);

        assertThat(css.getRequestPath())
                .isEqualTo("/app/jakarta.faces.resource/css/app.css.xhtml?v=0123456789ab");
    }

    @Test
    void aLibraryAddressKeepsItsQueryAndGetsTheVersionAfterIt() {
        VersionedResource faces =
                new VersionedResource(
                        new FixedResource("/app/jakarta.faces.resource/faces.js.xhtml?ln=x", ""),
                        () -> "0123456789ab",
                        () -> false);

        assertThat(faces.getRequestPath()).endsWith("faces.js.xhtml?ln=x&v=0123456789ab");
    }

    @Test
    void anAddressThatAlreadyHasAVersionIsLeftAlone() {
        String primeFaces = "/app/jakarta.faces.resource/core.js.xhtml?ln=primefaces&amp;v=15.0.13";
        VersionedResource core =
                new VersionedResource(
                        new FixedResource(primeFaces, ""),
                        () -> {
                            throw new AssertionError("no content version needed");
                        },
                        () -> false);

        assertThat(core.getRequestPath()).isEqualTo(primeFaces);
    }

    @Test
    void aVersionedRequestIsCachedForAYearAsImmutable() {
        VersionedResource served =
                new VersionedResource(new FixedResource("/x.css.xhtml", ""), () -> "v", () -> true);

        assertThat(served.getResponseHeaders())
                .containsEntry("Cache-Control", "public, max-age=31536000, immutable")
                .doesNotContainKey("Expires")
                .containsEntry("ETag", "W/\"1-2\"");
    }

    @Test
    void anUnversionedRequestKeepsFacesOwnCaching() {
        VersionedResource served =
                new VersionedResource(
                        new FixedResource("/x.css.xhtml", ""), () -> "v", () -> false);

        assertThat(served.getResponseHeaders()).containsEntry("Cache-Control", "max-age=604800");
    }

    @Test
    void theVersionIsAHashOfTheContentSoAChangedFileGetsANewAddress() {
        String before =
                VersionedResourceHandler.contentVersion(new FixedResource("", "a{color:red}"));
        String same =
                VersionedResourceHandler.contentVersion(new FixedResource("", "a{color:red}"));
        String after =
                VersionedResourceHandler.contentVersion(new FixedResource("", "a{color:blue}"));

        assertThat(before).hasSize(12).isEqualTo(same).isNotEqualTo(after);
    }

    /** A resource with a fixed address, content and Faces' usual headers. */
    private static final class FixedResource extends Resource {
        private final String path;
        private final String content;

        FixedResource(String path, String content) {
            this.path = path;
            this.content = content;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Map<String, String> getResponseHeaders() {
            Map<String, String> headers = new HashMap<>();
            headers.put("Cache-Control", "max-age=604800");
            headers.put("Expires", "Mon, 14 Dec 2026 00:00:00 GMT");
            headers.put("ETag", "W/\"1-2\"");
            return headers;
        }

        @Override
        public String getRequestPath() {
            return path;
        }

        @Override
        public URL getURL() {
            return null;
        }

        @Override
        public boolean userAgentNeedsUpdate(jakarta.faces.context.FacesContext context) {
            return true;
        }
    }
}
