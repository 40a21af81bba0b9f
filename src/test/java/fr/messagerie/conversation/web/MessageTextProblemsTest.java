package fr.messagerie.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.messagerie.conversation.domain.InvalidMessageTextException;
import fr.messagerie.conversation.domain.InvalidMessageTextException.Reason;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessageTextProblemsTest {

    private static final String BUNDLE = "fr.messagerie.i18n.messages";

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyReasonIsWordedInFrenchAndEnglish(Reason reason) {
        String key = MessageTextProblems.bundleKey(reason);

        assertThat(ResourceBundle.getBundle(BUNDLE, Locale.FRENCH).getString(key)).isNotBlank();
        assertThat(ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(key)).isNotBlank();
    }

    @Test
    void reasonsHaveDistinctKeys() {
        assertThat(
                        java.util.Arrays.stream(Reason.values())
                                .map(MessageTextProblems::bundleKey)
                                .distinct())
                .hasSize(Reason.values().length);
    }

    @Test
    void aTooShortTextSaysTheMinimumAndWhatWasCounted() {
        InvalidMessageTextException problem = new InvalidMessageTextException(Reason.TOO_SHORT, 9);
        String pattern =
                ResourceBundle.getBundle(BUNDLE, Locale.FRENCH)
                        .getString(MessageTextProblems.bundleKey(problem.reason()));

        String text =
                new MessageFormat(pattern, Locale.FRENCH)
                        .format(MessageTextProblems.arguments(problem));

        assertThat(text)
                .isEqualTo(
                        "Votre message est trop court : il doit comporter au moins 10 caractères"
                                + " (il en compte 9).");
    }

    @Test
    void aTooLongTextSaysTheMaximum() {
        InvalidMessageTextException problem = new InvalidMessageTextException(Reason.TOO_LONG, 751);
        String pattern =
                ResourceBundle.getBundle(BUNDLE, Locale.FRENCH)
                        .getString(MessageTextProblems.bundleKey(problem.reason()));

        assertThat(
                        new MessageFormat(pattern, Locale.FRENCH)
                                .format(MessageTextProblems.arguments(problem)))
                .contains("au plus 750 caractères", "751");
    }
}
