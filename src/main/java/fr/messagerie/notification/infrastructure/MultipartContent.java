package fr.messagerie.notification.infrastructure;

import jakarta.activation.ActivationDataFlavor;
import jakarta.activation.CommandInfo;
import jakarta.activation.CommandMap;
import jakarta.activation.DataContentHandler;
import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The content of a multipart mail, written without Jakarta Activation's default command map. That
 * map is found through a static synchronized method and then looked up under its own lock for every
 * mail written; with the notification consumers sending at once on a busy machine, they queued
 * there for seconds (flight recorder of the load harness). A multipart needs one handler, which
 * writes its parts: this DataHandler carries it.
 */
final class MultipartContent {

    private static final DataContentHandler WRITER =
            new DataContentHandler() {
                @Override
                public ActivationDataFlavor[] getTransferDataFlavors() {
                    return new ActivationDataFlavor[0];
                }

                @Override
                public Object getTransferData(ActivationDataFlavor flavor, DataSource source) {
                    return null;
                }

                @Override
                public Object getContent(DataSource source) throws IOException {
                    try {
                        return new MimeMultipart(source);
                    } catch (MessagingException e) {
                        throw new IOException(e);
                    }
                }

                @Override
                public void writeTo(Object content, String mimeType, OutputStream out)
                        throws IOException {
                    try {
                        ((MimeMultipart) content).writeTo(out);
                    } catch (MessagingException e) {
                        throw new IOException(e);
                    }
                }
            };

    private static final CommandMap MULTIPART_ONLY =
            new CommandMap() {
                @Override
                public CommandInfo[] getPreferredCommands(String mimeType) {
                    return new CommandInfo[0];
                }

                @Override
                public CommandInfo[] getAllCommands(String mimeType) {
                    return new CommandInfo[0];
                }

                @Override
                public CommandInfo getCommand(String mimeType, String command) {
                    return null;
                }

                @Override
                public DataContentHandler createDataContentHandler(String mimeType) {
                    return mimeType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                            ? WRITER
                            : null;
                }
            };

    private MultipartContent() {}

    static DataHandler of(MimeMultipart multipart) {
        DataHandler handler = new DataHandler(multipart, multipart.getContentType());
        handler.setCommandMap(MULTIPART_ONLY);
        return handler;
    }
}
