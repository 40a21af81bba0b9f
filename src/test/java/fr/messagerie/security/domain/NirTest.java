package fr.messagerie.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NirTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "184127645108946",
                "1 84 12 76 451 089 46",
                "1.84.12.76.451.089.46",
                "  1 84 12 76 451 089 46  ",
                "1\u00A084\u00A012\u00A076\u00A0451\u00A0089\u00A046",
                "1\u202F84\u202F12\u202F76\u202F451\u202F089\u202F46",
                "1841276451089 46",
                "2 85 05 20 004 012 90",
                "7 80 01 99 123 456 82"
            })
    void aNumberWithTheRightKeyIsValid(String nir) {
        assertThat(Nir.isValid(nir)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 84 12 76 451 089 47", "1 84 12 76 451 089 45", "184127645108900"})
    void aNumberWithAWrongKeyIsInvalid(String nir) {
        assertThat(Nir.isValid(nir)).isFalse();
    }

    @Test
    void swappingTwoDigitsIsDetected() {
        assertThat(Nir.isValid("1 84 12 76 415 089 46")).isFalse();
    }

    @Test
    void aNumberDivisibleBy97HasKey97() {
        assertThat(Nir.isValid("1 00 00 00 000 047 97")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 85 05 2A 004 012 70", "185052a00401270"})
    void corsicaSouthCountsAs19(String nir) {
        assertThat(Nir.isValid(nir)).isTrue();
    }

    @Test
    void corsicaNorthCountsAs18() {
        assertThat(Nir.isValid("2 90 11 2B 033 045 62")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // Keys computed with 2A and 2B read as 20, or with the two swapped.
                "1 85 05 2A 004 012 43",
                "1 85 05 2A 004 012 97",
                "2 90 11 2B 033 045 08",
                "2 90 11 2B 033 045 35"
            })
    void corsicanNumbersWithAKeyComputedAnotherWayAreInvalid(String nir) {
        assertThat(Nir.isValid(nir)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "18412764510894",
                "1841276451089466",
                "1 84 12 76 451 089",
                "084127645108946",
                "584127645108946",
                "984127645108946",
                "1 85 05 2C 004 012 70",
                "1 85 05 A2 004 012 70",
                "1 85 2A 05 004 012 70",
                "1-84-12-76-451-089-46",
                "1 84 12 76 451 089 4X",
                "１８４１２７６４５１０８９４６",
                "not a number"
            })
    void anythingNotShapedLikeANirIsInvalid(String text) {
        assertThat(Nir.isValid(text)).isFalse();
    }
}
