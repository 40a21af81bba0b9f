package fr.messagerie.document.application;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file as the web layer received it, without the servlet API: its name, the size the request
 * declared, and a way to read it (called only when the size is within the limit).
 */
public record IncomingFile(String submittedName, long size, Source source) {

    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }
}
