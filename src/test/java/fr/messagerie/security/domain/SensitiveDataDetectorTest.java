package fr.messagerie.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SensitiveDataDetectorTest {

    private final SensitiveDataDetector detector = new SensitiveDataDetector();

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "Bonjour, je n'ai pas reçu mon remboursement du mois de mars.",
                "Mon dossier n° 2025-004512 est en attente depuis le 12/03/2025.",
                "Vous pouvez me joindre au 06 12 34 56 78 ou au +33 6 12 34 56 78.",
                "Le montant de 1 234,56 € a été versé le 5 avril."
            })
    void anOrdinaryMessageGivesAnEmptyReport(String text) {
        assertThat(detector.scan(text).isEmpty()).isTrue();
    }

    @Nested
    class SocialSecurityNumbers {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Mon numéro de sécurité sociale est 1 84 12 76 451 089 46, merci.",
                    "NIR:184127645108946.",
                    "1 84 12 76 451 089 46",
                    "Numéro : 1.84.12.76.451.089.46",
                    "Numéro\u00A0: 1\u00A084\u00A012\u00A076\u00A0451\u00A0089\u00A046",
                    "Numéro : 18412 76451 08946",
                    "Numéro : 1841276451089 46",
                    "Numéro : 1 85 05 2A 004 012 70",
                    "numéro : 2 90 11 2b 033 045 62",
                    "(184127645108946)"
                })
        void aNirWithAValidKeyIsFound(String text) {
            assertThat(detector.scan(text).nir()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Mon numéro de sécurité sociale est 1 84 12 76 451 089 47, merci.",
                    "NIR:184127645108945.",
                    "Numéro : 1 85 05 2A 004 012 43",
                    "Numéro : 2 90 11 2B 033 045 35"
                })
        void aNirWithAnInvalidKeyIsNotFlagged(String text) {
            assertThat(detector.scan(text).nir()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"9184127645108946", "1841276451089460", "X184127645108946"})
        void aValidNirInsideALongerNumberOrWordIsNotFlagged(String text) {
            assertThat(detector.scan(text).nir()).isFalse();
        }

        @Test
        void aNirRightAfterOtherNumbersIsFound() {
            assertThat(detector.scan("Tél 06 12 34 56 78 1 84 12 76 451 089 46").nir()).isTrue();
        }

        @Test
        void aNirSplitByInvisibleCharactersIsFound() {
            assertThat(detector.scan("1 84 12\u200B 76 451\u2060089 46").nir()).isTrue();
        }

        @Test
        void aNirTypedInFullWidthDigitsIsFound() {
            assertThat(detector.scan("１８４１２７６４５１０８９４６").nir()).isTrue();
        }

        @Test
        void findingANirDoesNotFlagAnIban() {
            SensitiveDataReport report = detector.scan("1 84 12 76 451 089 46");

            assertThat(report.iban()).isFalse();
            assertThat(report.medicalTerms()).isEmpty();
        }
    }

    @Nested
    class BankAccounts {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Mon IBAN : FR76 3000 6000 0112 3456 7890 189",
                    "Mon IBAN : FR76 3000 6000 0112 3456 7890 189 merci de verser l'aide",
                    "IBAN:FR7630006000011234567890189.",
                    "iban fr76 3000 6000 0112 3456 7890 189",
                    "Nouveau compte GB82 WEST 1234 5698 7654 32 depuis mars",
                    "FR14 2004 1010 0505 0001 3M02 606",
                    "FR76\u00A03000\u00A06000\u00A00112\u00A03456\u00A07890\u00A0189",
                    "NO93 8601 1117 947 et c'est tout"
                })
        void anIbanWithValidCheckDigitsIsFound(String text) {
            assertThat(detector.scan(text).iban()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Mon IBAN : FR76 3000 6000 0112 3456 7890 188",
                    "Mon IBAN : FR77 3000 6000 0112 3456 7890 189",
                    "IBAN:FR7630006000011234567890188.",
                    "GB82 WEST 1234 5698 7654 33",
                    "FR00 3000 6000 0112 3456 7890 005"
                })
        void anIbanWithInvalidCheckDigitsIsNotFlagged(String text) {
            assertThat(detector.scan(text).iban()).isFalse();
        }

        @Test
        void anIbanGluedToAPrecedingWordIsNotFlagged() {
            assertThat(detector.scan("XFR7630006000011234567890189").iban()).isFalse();
        }

        @Test
        void anIbanSplitByInvisibleCharactersIsFound() {
            assertThat(detector.scan("FR76 3000\u200B 6000 0112 \uFEFF3456 7890 189").iban())
                    .isTrue();
        }

        @Test
        void findingAnIbanDoesNotFlagANir() {
            assertThat(detector.scan("FR76 3000 6000 0112 3456 7890 189").nir()).isFalse();
        }
    }

    @Nested
    class MedicalVocabularyFound {

        @ParameterizedTest
        @ValueSource(
                strings = {"diabète", "DIABETE", "Diabète", "diabete", "DIABÈTE", "diabe\u0300te"})
        void accentsAndCaseDoNotMatter(String spelling) {
            assertThat(detector.scan("J'ai du " + spelling + " depuis 2019.").medicalTerms())
                    .containsExactly("diabète");
        }

        @Test
        void aStemMatchesTheWordsBuiltOnIt() {
            assertThat(detector.scan("Je suis diabétique et suivi en psychiatrie.").medicalTerms())
                    .containsExactly("diabète", "psychiatrie");
            assertThat(detector.scan("Mon psychiatre a écrit un courrier.").medicalTerms())
                    .containsExactly("psychiatrie");
        }

        @Test
        void pluralsAreFound() {
            assertThat(detector.scan("Deux maladies et plusieurs tumeurs").medicalTerms())
                    .containsExactly("maladie", "tumeur");
        }

        @Test
        void aPhraseIsReportedRatherThanTheWordInIt() {
            assertThat(detector.scan("Je suis en arrêt maladie.").medicalTerms())
                    .containsExactly("arrêt maladie");
            assertThat(detector.scan("Je suis en ARRET-MALADIE.").medicalTerms())
                    .containsExactly("arrêt maladie");
        }

        @Test
        void termsAreReportedOnceInOrderOfFirstAppearance() {
            String text =
                    "Grossesse difficile, puis VIH dépisté ; grossesse suivie à l'hôpital,"
                            + " chimiothérapie prévue.";

            assertThat(detector.scan(text).medicalTerms())
                    .containsExactly("grossesse", "VIH", "hôpital", "chimiothérapie");
        }

        @Test
        void termsFromTheBriefAreFound() {
            String text =
                    "Diagnostic de cancer, chimiothérapie, ordonnance, hospitalisation,"
                            + " dépression, diabète, VIH, grossesse, handicap moteur,"
                            + " psychiatrique, opération chirurgicale.";

            assertThat(detector.scan(text).medicalTerms())
                    .containsExactly(
                            "diagnostic",
                            "cancer",
                            "chimiothérapie",
                            "ordonnance",
                            "hospitalisation",
                            "dépression",
                            "diabète",
                            "VIH",
                            "grossesse",
                            "handicap moteur",
                            "psychiatrie",
                            "opération chirurgicale");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Le traitement de mon dossier prend du temps.",
                    "Une opération bancaire a été refusée.",
                    "L'ordonnancement des paiements a changé.",
                    "Merci pour votre hospitalité.",
                    "Le Sidaction a lieu en avril.",
                    "La prescription de cette dette est de deux ans.",
                    "Je suis malade de ne pas avoir de réponse !"
                })
        void wordsThatOnlyLookMedicalAreNotFlagged(String text) {
            assertThat(detector.scan(text).medicalTerms()).isEmpty();
        }

        @Test
        void aMedicalPhraseWithTreatmentIsFlagged() {
            assertThat(detector.scan("Je suis sous traitement depuis mai.").medicalTerms())
                    .containsExactly("sous traitement");
        }

        @Test
        void aWordSplitByAnInvisibleCharacterIsFound() {
            assertThat(detector.scan("can\u200Bcer").medicalTerms()).containsExactly("cancer");
        }

        @Test
        void everythingCanBeFoundAtOnce() {
            SensitiveDataReport report =
                    detector.scan(
                            "NIR 1 84 12 76 451 089 46, IBAN FR76 3000 6000 0112 3456 7890 189,"
                                    + " arrêt de travail pour dépression.");

            assertThat(report.nir()).isTrue();
            assertThat(report.iban()).isTrue();
            assertThat(report.medicalTerms()).containsExactly("arrêt de travail", "dépression");
            assertThat(report.isEmpty()).isFalse();
        }
    }
}
