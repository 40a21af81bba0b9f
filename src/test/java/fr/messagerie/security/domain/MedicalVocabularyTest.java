package fr.messagerie.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MedicalVocabularyTest {

    @Test
    void holdsAboutSixtyTermsOrMore() {
        assertThat(MedicalVocabulary.size()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void labelsAreUnique() {
        assertThat(MedicalVocabulary.labels()).doesNotHaveDuplicates();
    }

    @Test
    void everyTermFindsItself() {
        for (String label : MedicalVocabulary.labels()) {
            assertThat(MedicalVocabulary.findIn("Il s'agit de " + label + "."))
                    .as(label)
                    .containsExactly(label);
        }
    }

    @Test
    void everyTermFindsItselfInCapitalsWithoutAccents() {
        for (String label : MedicalVocabulary.labels()) {
            String shouted = MedicalVocabulary.fold(label).toUpperCase(Locale.ROOT);

            assertThat(MedicalVocabulary.findIn(shouted)).as(shouted).containsExactly(label);
        }
    }

    @Test
    void foldingRemovesAccentsCaseLigaturesAndInvisibleCharacters() {
        assertThat(MedicalVocabulary.fold("ŒDÈME Cœur É\u200Bté")).isEqualTo("oedeme coeur ete");
    }
}
