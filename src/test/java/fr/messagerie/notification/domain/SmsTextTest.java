package fr.messagerie.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsTextTest {

    @Test
    void frenchAccentsOfTheGsmAlphabetAreKept() {
        assertThat(SmsText.of("Réponse prévue à l'accueil, où ?").value())
                .isEqualTo("Réponse prévue à l'accueil, où ?");
    }

    @Test
    void charactersOutsideTheGsmAlphabetAreReplacedSoTheSmsStaysSevenBit() {
        assertThat(SmsText.of("reçue, être, «guillemets» – d’accord").value())
                .isEqualTo("recue, etre, \"guillemets\" - d'accord");
    }

    @Test
    void aLongTextIsCutToOneSms() {
        SmsText sms = SmsText.of("a".repeat(300));

        assertThat(sms.length()).isEqualTo(SmsText.MAX_LENGTH);
        assertThat(sms.value()).endsWith(".");
    }

    @Test
    void emojiAndOtherSymbolsBecomeAQuestionMark() {
        assertThat(SmsText.of("Merci 😀").value()).isEqualTo("Merci ??");
    }
}
