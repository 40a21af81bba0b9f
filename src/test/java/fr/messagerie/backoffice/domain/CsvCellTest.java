package fr.messagerie.backoffice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+33", "-2", "@SUM(A1)", "\tx", "\rx"})
    void aValueAspreadsheetWouldRunAsAFormulaIsPrefixedWithAQuote(String value) {
        assertThat(CsvCell.escape(value)).contains("'" + value.charAt(0));
        assertThat(CsvCell.escape(value).replace("\"", "")).startsWith("'");
    }

    @Test
    void aFormulaHiddenInAQuotedCellIsStillPrefixed() {
        assertThat(CsvCell.escape("=HYPERLINK(\"http://x\";\"y\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"");
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(CsvCell.escape("Famille; logement")).isEqualTo("\"Famille; logement\"");
        assertThat(CsvCell.escape("dit \"oui\"")).isEqualTo("\"dit \"\"oui\"\"\"");
        assertThat(CsvCell.escape("a\nb")).isEqualTo("\"a\nb\"");
    }

    @Test
    void plainTextAndNumbersAreLeftAlone() {
        assertThat(CsvCell.escape("Santé")).isEqualTo("Santé");
        assertThat(CsvCell.escape(null)).isEmpty();
        assertThat(CsvCell.number(-2.5)).isEqualTo("-2.5");
        assertThat(CsvCell.line(List.of("a", "b"))).isEqualTo("a;b");
    }
}
