package fr.messagerie.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceWrapper;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One resource as {@link VersionedResourceHandler} hands it out: its address carries a version, and
 * when it is served under a versioned address the browser may keep it for a year without checking.
 */
final class VersionedResource extends ResourceWrapper {

    static final String VERSION_PARAMETER = "v";
    static final String CACHE_FOR_A_YEAR = "public, max-age=31536000, immutable";

    private final Supplier<String> contentVersion;
    private final BooleanSupplier requestCarriesVersion;

    VersionedResource(
            Resource wrapped,
            Supplier<String> contentVersion,
            BooleanSupplier requestCarriesVersion) {
        super(wrapped);
        this.contentVersion = contentVersion;
        this.requestCarriesVersion = requestCarriesVersion;
    }

    /** The address, with the content's version added unless the library already gave one. */
    @Override
    public String getRequestPath() {
        String path = super.getRequestPath();
        if (hasVersion(path)) {
            return path;
        }
        return path
                + (path.contains("?") ? "&" : "?")
                + VERSION_PARAMETER
                + "="
                + contentVersion.get();
    }

    private static boolean hasVersion(String path) {
        int query = path.indexOf('?');
        if (query < 0) {
            return false;
        }
        for (String pair : path.substring(query + 1).split("&(amp;)?")) {
            if (pair.startsWith(VERSION_PARAMETER + "=")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Faces' headers (last modified, entity tag), with a year's immutable caching when the address
     * carries a version: the next version has another address.
     */
    @Override
    public Map<String, String> getResponseHeaders() {
        Map<String, String> headers = new HashMap<>(super.getResponseHeaders());
        if (requestCarriesVersion.getAsBoolean()) {
            headers.put("Cache-Control", CACHE_FOR_A_YEAR);
            headers.remove("Expires");
        }
        return headers;
    }
}
