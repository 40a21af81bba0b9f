package fr.messagerie.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SensitiveDataReportTest {

    @Test
    void noneIsEmpty() {
        assertThat(SensitiveDataReport.none().isEmpty()).isTrue();
    }

    @Test
    void aNirAloneMakesTheReportNonEmpty() {
        assertThat(new SensitiveDataReport(true, false, Set.of()).isEmpty()).isFalse();
    }

    @Test
    void anIbanAloneMakesTheReportNonEmpty() {
        assertThat(new SensitiveDataReport(false, true, Set.of()).isEmpty()).isFalse();
    }

    @Test
    void aMedicalTermAloneMakesTheReportNonEmpty() {
        assertThat(new SensitiveDataReport(false, false, Set.of("diabète")).isEmpty()).isFalse();
    }

    @Test
    void termsCannotBeChangedAfterwards() {
        Set<String> terms = new HashSet<>(Set.of("diabète"));
        SensitiveDataReport report = new SensitiveDataReport(false, false, terms);

        terms.add("cancer");

        assertThat(report.medicalTerms()).containsExactly("diabète");
        assertThatThrownBy(() -> report.medicalTerms().add("cancer"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void termsKeepTheirOrder() {
        Set<String> terms = new LinkedHashSet<>(List.of("grossesse", "cancer", "diabète"));

        assertThat(new SensitiveDataReport(false, false, terms).medicalTerms())
                .containsExactly("grossesse", "cancer", "diabète");
    }

    @Test
    void missingTermsAreRefused() {
        assertThatNullPointerException()
                .isThrownBy(() -> new SensitiveDataReport(false, false, null));
        assertThatNullPointerException()
                .isThrownBy(
                        () ->
                                new SensitiveDataReport(
                                        false,
                                        false,
                                        new HashSet<>(Arrays.asList("cancer", null))));
    }

    @Test
    void reportsWithTheSameFindingsAreEqual() {
        assertThat(new SensitiveDataReport(true, false, Set.of("cancer")))
                .isEqualTo(
                        new SensitiveDataReport(
                                true, false, new LinkedHashSet<>(List.of("cancer"))));
    }
}
