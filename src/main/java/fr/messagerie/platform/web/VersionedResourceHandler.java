package fr.messagerie.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts a version in the address of every script, style sheet and font the pages load, and lets a
 * browser keep a versioned one for a year without asking again. PrimeFaces versions its own
 * resources ({@code v=15.0.13}); ours and Faces' own had no version, so a week of caching was all
 * they could safely get, and a phone asked for each of them again on every visit. Our version is a
 * hash of the resource's content, computed once: a changed style sheet gets a new address, so
 * "immutable" is true.
 */
public class VersionedResourceHandler extends ResourceHandlerWrapper {

    private final Map<String, String> contentVersions = new ConcurrentHashMap<>();

    public VersionedResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    private Resource versioned(Resource resource) {
        if (resource == null) {
            return null;
        }
        return new VersionedResource(
                resource,
                () ->
                        contentVersions.computeIfAbsent(
                                resource.getLibraryName() + "/" + resource.getResourceName(),
                                key -> contentVersion(resource)),
                VersionedResourceHandler::requestCarriesVersion);
    }

    private static boolean requestCarriesVersion() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null
                && faces.getExternalContext()
                        .getRequestParameterMap()
                        .containsKey(VersionedResource.VERSION_PARAMETER);
    }

    /** The first 12 hexadecimal digits of the content's SHA-256: enough to tell versions apart. */
    static String contentVersion(Resource resource) {
        try (InputStream content = Objects.requireNonNull(resource.getInputStream())) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read; (read = content.read(buffer)) != -1; ) {
                sha256.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(sha256.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + resource, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
