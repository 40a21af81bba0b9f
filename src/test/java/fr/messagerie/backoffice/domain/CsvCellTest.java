package fr.messagerie.backoffice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+33", "-2", "@SUM(A1)", "\tx"})
    void aValueASpreadsheetWouldRunAsAFormulaStaysText(String value) {
        assertThat(CsvCell.of(value)).startsWith("'").contains(value.strip());
    }

    @Test
    void separatorsAndQuotesAreQuoted() {
        assertThat(CsvCell.of("Famille; logement \"A\""))
                .isEqualTo("\"Famille; logement \"\"A\"\"\"");
    }

    @ParameterizedTest
    @CsvSource({"Santé,Santé", "12,12"})
    void plainValuesAreLeftAlone(String value, String expected) {
        assertThat(CsvCell.of(value)).isEqualTo(expected);
    }

    @Test
    void nullIsAnEmptyCell() {
        assertThat(CsvCell.of(null)).isEmpty();
    }
}
