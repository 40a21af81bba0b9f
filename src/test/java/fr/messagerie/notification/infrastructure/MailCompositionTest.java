package fr.messagerie.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.notification.application.RenderedNotification;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailCompositionTest {

    private static final Session SESSION = Session.getInstance(new Properties());

    @Test
    void aMailReadsBackAsTextAndHtmlAlternativesWithTheirAccents() throws Exception {
        RenderedNotification content =
                new RenderedNotification(
                        "Accusé de réception MSG-2026-ABCDEFGH",
                        "Votre demande a bien été reçue. « Délai » : 3 jours ouvrés.",
                        "<html lang=\"fr\"><body><p>Votre demande a bien été"
                                + " reçue.</p></body></html>");

        MimeMessage sent =
                MailNotificationSender.compose(
                        SESSION,
                        "n-42",
                        "Messagerie <ne-pas-repondre@messagerie.example>",
                        "usager@example.fr",
                        content);
        MimeMessage received = readBack(sent);

        assertThat(received.getSubject()).isEqualTo("Accusé de réception MSG-2026-ABCDEFGH");
        assertThat(received.getMessageID()).isEqualTo("<n-42@messagerie>");
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("Messagerie");
        assertThat(from.getAddress()).isEqualTo("ne-pas-repondre@messagerie.example");
        assertThat(received.isMimeType("multipart/alternative")).isTrue();
        Multipart parts = (Multipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(textOf(parts.getBodyPart(0), "text/plain")).isEqualTo(content.text());
        assertThat(textOf(parts.getBodyPart(1), "text/html")).isEqualTo(content.html());
    }

    @Test
    void nonAsciiBodiesTravelIn7BitTransferEncodings() throws Exception {
        MimeMessage sent =
                MailNotificationSender.compose(
                        SESSION,
                        "n-43",
                        "ne-pas-repondre@messagerie.example",
                        "usager@example.fr",
                        new RenderedNotification(
                                "Réponse", "Une réponse été déposée.", "<p>é</p>"));

        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        sent.writeTo(raw);

        assertThat(raw.toString(java.nio.charset.StandardCharsets.US_ASCII))
                .contains("Content-Transfer-Encoding: quoted-printable")
                .doesNotContain("é");
    }

    @Test
    void theStreamProviderIsNamedSoThatNoMailScansTheClassPathAndMailsStillWrite()
            throws Exception {
        String before = System.getProperty(MailNotificationSender.STREAM_PROVIDER_PROPERTY);
        try {
            System.clearProperty(MailNotificationSender.STREAM_PROVIDER_PROPERTY);
            MailNotificationSender.nameTheStreamProvider();
            assertThat(System.getProperty(MailNotificationSender.STREAM_PROVIDER_PROPERTY))
                    .isEqualTo(MailNotificationSender.ANGUS_STREAM_PROVIDER);

            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            MailNotificationSender.compose(
                            SESSION,
                            "n-45",
                            "ne-pas-repondre@messagerie.example",
                            "usager@example.fr",
                            new RenderedNotification("Sujet", "Texte", "<p>HTML</p>"))
                    .writeTo(raw);
            assertThat(raw.toString(java.nio.charset.StandardCharsets.US_ASCII))
                    .contains("multipart/alternative", "Texte", "<p>HTML</p>");

            System.setProperty(MailNotificationSender.STREAM_PROVIDER_PROPERTY, "chosen.Elsewhere");
            MailNotificationSender.nameTheStreamProvider();
            assertThat(System.getProperty(MailNotificationSender.STREAM_PROVIDER_PROPERTY))
                    .as("an operator's choice is kept")
                    .isEqualTo("chosen.Elsewhere");
        } finally {
            if (before == null) {
                System.clearProperty(MailNotificationSender.STREAM_PROVIDER_PROPERTY);
            } else {
                System.setProperty(MailNotificationSender.STREAM_PROVIDER_PROPERTY, before);
            }
        }
    }

    /**
     * Jakarta Activation finds content handlers through the thread's context class loader (the mail
     * implementation's META-INF/mailcap); a loader that shows no mailcap, as a server thread's
     * might, must not matter, since the mail brings its own handlers.
     */
    @Test
    void aMailIsWrittenWithoutActivationsDefaultHandlers() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try {
            thread.setContextClassLoader(new WithoutMailcap(original));
            MailNotificationSender.compose(
                            SESSION,
                            "n-44",
                            "ne-pas-repondre@messagerie.example",
                            "usager@example.fr",
                            new RenderedNotification("Sujet", "Texte", "<p>HTML</p>"))
                    .writeTo(raw);
        } finally {
            thread.setContextClassLoader(original);
        }

        MimeMessage received =
                new MimeMessage(SESSION, new ByteArrayInputStream(raw.toByteArray()));
        Multipart parts = (Multipart) received.getContent();
        assertThat(textOf(parts.getBodyPart(0), "text/plain")).isEqualTo("Texte");
        assertThat(textOf(parts.getBodyPart(1), "text/html")).isEqualTo("<p>HTML</p>");
    }

    /** Delegates everything but the mailcap files, which nobody should ask for. */
    private static final class WithoutMailcap extends ClassLoader {

        WithoutMailcap(ClassLoader parent) {
            super(parent);
        }

        @Override
        public java.net.URL getResource(String name) {
            refuseMailcap(name);
            return super.getResource(name);
        }

        @Override
        public java.util.Enumeration<java.net.URL> getResources(String name)
                throws java.io.IOException {
            refuseMailcap(name);
            return super.getResources(name);
        }

        /** An Error, not an exception: Activation swallows exceptions while reading mailcaps. */
        private static void refuseMailcap(String name) {
            if (name.contains("mailcap")) {
                throw new AssertionError("Activation's default command map looked for " + name);
            }
        }
    }

    private static MimeMessage readBack(MimeMessage message) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        return new MimeMessage(SESSION, new ByteArrayInputStream(raw.toByteArray()));
    }

    private static String textOf(Part part, String mimeType) throws Exception {
        assertThat(part.isMimeType(mimeType)).as(part.getContentType()).isTrue();
        return (String) part.getContent();
    }
}
