package fr.messagerie.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailHeaderTest {

    @Test
    void aSubjectCannotCarryANewHeaderLine() {
        assertThat(MailNotificationSender.singleLine("Réponse\r\nBcc: victim@example.fr"))
                .isEqualTo("Réponse Bcc: victim@example.fr")
                .doesNotContain("\r")
                .doesNotContain("\n");
    }
}
