package fr.messagerie.testsupport;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** Reads the decoded parts of a received mail, whatever transfer encoding the sender chose. */
public final class Mails {

    private Mails() {}

    /** The received mails whose subject names this reference (e.g. a conversation's). */
    public static List<MimeMessage> about(MimeMessage[] received, String reference) {
        return Arrays.stream(received).filter(m -> subject(m).contains(reference)).toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            return "";
        }
    }

    public static String textPart(Part message) {
        return part(message, "text/plain");
    }

    public static String htmlPart(Part message) {
        return part(message, "text/html");
    }

    private static String part(Part part, String mimeType) {
        try {
            if (part.isMimeType(mimeType)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String found = part(child, mimeType);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable mail", e);
        }
    }
}
