package fr.messagerie.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "FR76 3000 6000 0112 3456 7890 189",
                "FR7630006000011234567890189",
                "fr76 3000 6000 0112 3456 7890 189",
                "FR14 2004 1010 0505 0001 3M02 606",
                "GB82 WEST 1234 5698 7654 32",
                "DE89 3704 0044 0532 0130 00",
                "BE68 5390 0754 7034",
                "NO93 8601 1117 947",
                "MT84 MALT 0110 0001 2345 MTLC AST0 01S",
                "LC55 HEMM 0001 0001 0012 0012 0002 3015",
                "FR76\u00A03000\u00A06000\u00A00112\u00A03456\u00A07890\u00A0189"
            })
    void anIbanWithTheRightCheckDigitsIsValid(String iban) {
        assertThat(Iban.isValid(iban)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "FR76 3000 6000 0112 3456 7890 188",
                "FR77 3000 6000 0112 3456 7890 189",
                "FR76 3000 6000 0112 3456 7809 189",
                "GB82 WEST 1234 5698 7654 33",
                "DE89 3704 0044 0532 0130 01"
            })
    void anIbanWithAWrongDigitIsInvalid(String iban) {
        assertThat(Iban.isValid(iban)).isFalse();
    }

    @Test
    void checkDigitsThatPassOnlyByCollisionAreInvalid() {
        assertThat(Iban.isValid("FR9730006000011234567890005")).isTrue();
        assertThat(Iban.isValid("FR0030006000011234567890005")).isFalse();

        assertThat(Iban.isValid("FR9830006000011234567890084")).isTrue();
        assertThat(Iban.isValid("FR0130006000011234567890084")).isFalse();

        assertThat(Iban.isValid("FR0230006000011234567890066")).isTrue();
        assertThat(Iban.isValid("FR9930006000011234567890066")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "NO93 8601 1117 94",
                "FR76 3000 6000 0112 3456 7890 1890 0000 0000",
                "7630006000011234567890189FR",
                "F176 3000 6000 0112 3456 7890 189",
                "FR7A 3000 6000 0112 3456 7890 189",
                "FR76-3000-6000-0112-3456-7890-189",
                "FR76 3000 6000 0112 3456 7890 18É",
                "FR76",
                "IBAN"
            })
    void anythingNotShapedLikeAnIbanIsInvalid(String text) {
        assertThat(Iban.isValid(text)).isFalse();
    }

    @Test
    void thirtyFourCharactersIsTheLongestAccepted() {
        String longest = withCheckDigits("XX", "1".repeat(30));

        assertThat(longest).hasSize(34);
        assertThat(Iban.isValid(longest)).isTrue();
        assertThat(Iban.isValid(withCheckDigits("XX", "1".repeat(31)))).isFalse();
    }

    @Test
    void fifteenCharactersIsTheShortestAccepted() {
        String shortest = withCheckDigits("XX", "1".repeat(11));

        assertThat(shortest).hasSize(15);
        assertThat(Iban.isValid(shortest)).isTrue();
        assertThat(Iban.isValid(withCheckDigits("XX", "1".repeat(10)))).isFalse();
    }

    // Computes the check digits of ISO 13616, to build IBANs of any length.
    private static String withCheckDigits(String country, String bban) {
        String rearranged = bban + country + "00";
        int remainder = 0;
        for (char c : rearranged.toCharArray()) {
            int value = Character.digit(c, 36);
            remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
        }
        return country + String.format("%02d", 98 - remainder) + bban;
    }
}
