package fr.messagerie.conversation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.messagerie.conversation.domain.InvalidMessageTextException.Reason;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageTextTest {

    private static final String TEN = "0123456789";

    private static InvalidMessageTextException refusal(String raw) {
        return catchThrowableOfType(InvalidMessageTextException.class, () -> MessageText.of(raw));
    }

    @Nested
    class Length {

        @Test
        void tenCharactersAreAccepted() {
            assertThat(MessageText.of(TEN).value()).isEqualTo(TEN);
        }

        @Test
        void nineCharactersAreRefusedAsTooShort() {
            InvalidMessageTextException refusal = refusal("012345678");

            assertThat(refusal.reason()).isEqualTo(Reason.TOO_SHORT);
            assertThat(refusal.actualLength()).isEqualTo(9);
        }

        @Test
        void sevenHundredFiftyCharactersAreAccepted() {
            assertThat(MessageText.of("a".repeat(750)).length()).isEqualTo(750);
        }

        @Test
        void sevenHundredFiftyOneCharactersAreRefusedAsTooLong() {
            InvalidMessageTextException refusal = refusal("a".repeat(751));

            assertThat(refusal.reason()).isEqualTo(Reason.TOO_LONG);
            assertThat(refusal.actualLength()).isEqualTo(751);
        }

        @Test
        void anEmojiCountsAsOneCharacter() {
            String withEmojis = "😀".repeat(750);

            assertThat(withEmojis.length()).isEqualTo(1500);
            assertThat(MessageText.of(withEmojis).length()).isEqualTo(750);
        }

        @Test
        void nineLettersAndOneEmojiReachTheMinimum() {
            assertThat(MessageText.of("Bonjour !🙂").length()).isEqualTo(10);
        }

        @Test
        void surroundingWhitespaceDoesNotCountTowardsTheMinimum() {
            assertThat(refusal("   12345678 \n\t ").reason()).isEqualTo(Reason.TOO_SHORT);
        }

        @Test
        void invisibleCharactersDoNotCountTowardsTheMinimum() {
            assertThat(refusal("12345\u200B\u200B\u200B\u200B\u200B678").actualLength())
                    .isEqualTo(8);
        }

        @Test
        void decomposedAccentsAreCountedOnceComposed() {
            String decomposed = "e\u0301".repeat(750);

            assertThat(MessageText.of(decomposed).length()).isEqualTo(750);
        }

        @Test
        void windowsLineEndingsCountAsOneCharacter() {
            String text = "a".repeat(374) + "\r\n" + "b".repeat(375);

            assertThat(MessageText.of(text).length()).isEqualTo(750);
        }

        @Test
        void limitsAreTheSharedConstants() {
            assertThat(MessageText.MIN_LENGTH).isEqualTo(10);
            assertThat(MessageText.MAX_LENGTH).isEqualTo(750);
        }
    }

    @Nested
    class Emptiness {

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   ", "\n\r\n\t", "\u200B\uFEFF\u2060", "\u00A0\u202F"})
        void nothingVisibleIsRefusedAsEmpty(String raw) {
            InvalidMessageTextException refusal = refusal(raw);

            assertThat(refusal.reason()).isEqualTo(Reason.EMPTY);
            assertThat(refusal.actualLength()).isZero();
        }
    }

    @Nested
    class Normalization {

        @Test
        void windowsAndOldMacLineEndingsBecomeLineFeeds() {
            assertThat(MessageText.of("Ligne une\r\nLigne deux\rLigne trois").value())
                    .isEqualTo("Ligne une\nLigne deux\nLigne trois");
        }

        @Test
        void unicodeLineSeparatorsBecomeLineFeeds() {
            assertThat(MessageText.of("Ligne une\u2028Ligne deux\u2029Fin\u0085ici").value())
                    .isEqualTo("Ligne une\nLigne deux\nFin\nici");
        }

        @Test
        void decomposedAccentsAreComposed() {
            assertThat(MessageText.of("Re\u0301sume\u0301 de ma demande").value())
                    .isEqualTo("Résumé de ma demande");
        }

        @Test
        void anAccentSeparatedFromItsLetterByAZeroWidthSpaceIsComposed() {
            assertThat(MessageText.of("Re\u200B\u0301sumé complet").value())
                    .isEqualTo("Résumé complet");
        }

        @ParameterizedTest
        @ValueSource(strings = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"})
        void zeroWidthCharactersAreRemoved(String invisible) {
            assertThat(MessageText.of("Mon" + invisible + " dossier est" + invisible).value())
                    .isEqualTo("Mon dossier est");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
                    "\u2069"
                })
        void bidirectionalControlsAreRemoved(String control) {
            assertThat(MessageText.of("Payez " + control + "100 euros" + control).value())
                    .isEqualTo("Payez 100 euros");
        }

        @Test
        void aRightToLeftOverrideCannotDisguiseAFileName() {
            assertThat(MessageText.of("Voir facture\u202Efdp.exe").value())
                    .isEqualTo("Voir facturefdp.exe");
        }

        @Test
        void otherControlCharactersAreRemoved() {
            assertThat(MessageText.of("Bon\u0000jour\u0007 \u001B[31mrouge\u007F\u009B").value())
                    .isEqualTo("Bonjour [31mrouge");
        }

        @Test
        void tabsAndLineFeedsInsideTheTextAreKept() {
            assertThat(MessageText.of("Madame,\n\n\tje vous écris").value())
                    .isEqualTo("Madame,\n\n\tje vous écris");
        }

        @Test
        void leadingAndTrailingWhitespaceIsStripped() {
            assertThat(MessageText.of(" \n\t Bonjour madame \u00A0\n ").value())
                    .isEqualTo("Bonjour madame");
        }

        @Test
        void whitespaceHiddenBehindInvisibleCharactersIsStripped() {
            assertThat(MessageText.of("\u200B  Bonjour madame  \uFEFF").value())
                    .isEqualTo("Bonjour madame");
        }

        @Test
        void emojiAreKept() {
            assertThat(MessageText.of("Merci beaucoup 👍").value()).isEqualTo("Merci beaucoup 👍");
        }

        @Test
        void loneSurrogatesAreRemoved() {
            assertThat(MessageText.of("Bonjour\uD83D madame\uDE00").value())
                    .isEqualTo("Bonjour madame");
        }

        @Test
        void normalizingTwiceChangesNothing() {
            String once = MessageText.of("  Re\u0301ponse\r\n\u202Eattendue\u200B  ").value();

            assertThat(MessageText.of(once).value()).isEqualTo(once);
        }
    }

    @Nested
    class Remaining {

        @Test
        void anEmptyFieldLeavesTheWholeAllowance() {
            assertThat(MessageText.remaining("")).isEqualTo(750);
            assertThat(MessageText.remaining(null)).isEqualTo(750);
        }

        @Test
        void countsCodePointsAfterNormalization() {
            assertThat(MessageText.remaining("  😀 e\u0301\r\n\u200B ")).isEqualTo(750 - 3);
        }

        @Test
        void goesNegativeBeyondTheMaximum() {
            assertThat(MessageText.remaining("a".repeat(760))).isEqualTo(-10);
        }

        @Test
        void isZeroAtExactlyTheMaximum() {
            assertThat(MessageText.remaining("a".repeat(750))).isZero();
        }

        @Test
        void doesNotJudgeTheMinimum() {
            assertThat(MessageText.remaining("court")).isEqualTo(745);
        }
    }

    @Nested
    class ValueObject {

        @Test
        void textsThatNormalizeAlikeAreEqual() {
            assertThat(MessageText.of("Bonjour madame\r\n"))
                    .isEqualTo(MessageText.of("  Bonjour madame"))
                    .hasSameHashCodeAs(MessageText.of("  Bonjour madame"));
        }

        @Test
        void differentTextsAreNotEqual() {
            assertThat(MessageText.of("Bonjour madame"))
                    .isNotEqualTo(MessageText.of("Bonjour monsieur"));
        }

        @Test
        void toStringDoesNotRevealTheText() {
            assertThat(MessageText.of("Mon numéro secret 1234").toString())
                    .doesNotContain("secret")
                    .contains("22");
        }

        @Test
        void theRefusalDoesNotRevealTheText() {
            assertThatThrownBy(() -> MessageText.of("secret"))
                    .isInstanceOf(InvalidMessageTextException.class)
                    .hasMessageNotContaining("secret");
        }
    }
}
