package fr.messagerie.referential.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferentialRulesTest {

    private static MotifDraft draft(String code, String fr, String en, Integer sla) {
        return new MotifDraft(code, fr, en, 10L, 3L, null, sla, 10);
    }

    private static List<String> keys(MotifDraft draft) {
        return ReferentialRules.problemsOf(draft).stream()
                .map(p -> p.field() + ":" + p.messageKey())
                .toList();
    }

    @Test
    void aCompleteDraftHasNoProblem() {
        assertThat(ReferentialRules.problemsOf(draft("MOTIF_NAISSANCE_2", "Naissance", "Birth", 5)))
                .isEmpty();
    }

    @Test
    void codesAreUpperSnakeCase() {
        assertThat(ReferentialRules.isCode("MOTIF_A1")).isTrue();
        assertThat(ReferentialRules.isCode("motif_a")).isFalse();
        assertThat(ReferentialRules.isCode("MOTIF-A")).isFalse();
        assertThat(ReferentialRules.isCode("MOTIF__A")).isFalse();
        assertThat(ReferentialRules.isCode("_MOTIF")).isFalse();
        assertThat(ReferentialRules.isCode("MOTIF_")).isFalse();
        assertThat(ReferentialRules.isCode("1MOTIF")).isFalse();
        assertThat(ReferentialRules.isCode("A".repeat(61))).isFalse();
        assertThat(keys(draft("motif a", "Naissance", "Birth", 5)))
                .containsExactly("code:admin.referential.error.codeFormat");
        assertThat(keys(draft(" ", "Naissance", "Birth", 5)))
                .containsExactly("code:admin.referential.error.codeRequired");
    }

    @Test
    void bothLabelsAreRequiredAndAtMost200Characters() {
        assertThat(keys(draft("MOTIF_A", "", null, 5)))
                .containsExactly(
                        "labelFr:admin.referential.error.labelRequired",
                        "labelEn:admin.referential.error.labelRequired");
        assertThat(keys(draft("MOTIF_A", "é".repeat(200), "x".repeat(201), 5)))
                .containsExactly("labelEn:admin.referential.error.labelTooLong");
    }

    @Test
    void theResponseTargetIsOneToSixtyWorkingDays() {
        assertThat(keys(draft("MOTIF_A", "a", "a", 1))).isEmpty();
        assertThat(keys(draft("MOTIF_A", "a", "a", 60))).isEmpty();
        assertThat(keys(draft("MOTIF_A", "a", "a", 0)))
                .containsExactly("sla:admin.referential.error.slaRange");
        assertThat(keys(draft("MOTIF_A", "a", "a", 61)))
                .containsExactly("sla:admin.referential.error.slaRange");
        assertThat(keys(draft("MOTIF_A", "a", "a", null)))
                .containsExactly("sla:admin.referential.error.slaRange");
    }

    @Test
    void aMotifNeedsASubjectATeamAndAnOrder() {
        assertThat(keys(new MotifDraft("MOTIF_A", "a", "a", null, null, null, 5, -1)))
                .containsExactly(
                        "subject:admin.referential.error.subjectRequired",
                        "team:admin.referential.error.teamRequired",
                        "sortOrder:admin.referential.error.sortOrder");
    }

    @Test
    void onlineServicesAreHttpsOnly() {
        assertThat(ReferentialRules.isHttpsUrl("https://www.example.fr/services/x")).isTrue();
        assertThat(ReferentialRules.isHttpsUrl("http://www.example.fr/")).isFalse();
        assertThat(ReferentialRules.isHttpsUrl("javascript:alert(1)")).isFalse();
        assertThat(ReferentialRules.isHttpsUrl("https:///nohost")).isFalse();
        assertThat(ReferentialRules.isHttpsUrl("https://exa mple.fr")).isFalse();
        assertThat(ReferentialRules.isHttpsUrl("")).isFalse();
    }

    private static List<String> keysOf(List<ReferentialProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aThemeIsOfferedToAtLeastOneAudience() {
        assertThat(
                        ReferentialRules.problemsOf(
                                new ThemeDraft(
                                        "THEME_A",
                                        "Famille",
                                        "Family",
                                        Set.of(Audience.EMPLOYEUR),
                                        0)))
                .isEmpty();
        assertThat(
                        keysOf(
                                ReferentialRules.problemsOf(
                                        new ThemeDraft("THEME_A", " ", "x", null, -1))))
                .containsExactly(
                        "labelFr:admin.referential.error.labelRequired",
                        "audiences:admin.referential.error.audienceRequired",
                        "sortOrder:admin.referential.error.sortOrder");
    }

    @Test
    void aSubjectBelongsToATheme() {
        assertThat(
                        keysOf(
                                ReferentialRules.problemsOf(
                                        new SubjectDraft("sujet", "a", "a", null, null))))
                .containsExactly(
                        "code:admin.referential.error.codeFormat",
                        "theme:admin.referential.error.themeRequired",
                        "sortOrder:admin.referential.error.sortOrder");
        assertThat(ReferentialRules.problemsOf(new SubjectDraft("SUJET_A", "a", "a", 4L, 3)))
                .isEmpty();
    }

    @Test
    void anOnlineServiceNeedsAnHttpsAddress() {
        assertThat(
                        keysOf(
                                ReferentialRules.problemsOf(
                                        new OnlineServiceDraft("SERVICE_A", "a", "a", " ", null))))
                .containsExactly("url:admin.referential.error.urlRequired");
        assertThat(
                        keysOf(
                                ReferentialRules.problemsOf(
                                        new OnlineServiceDraft(
                                                "SERVICE_A", "a", "a", "http://example.fr", null))))
                .containsExactly("url:admin.referential.error.urlHttps");
        assertThat(
                        ReferentialRules.problemsOf(
                                new OnlineServiceDraft(
                                        "SERVICE_A",
                                        "a",
                                        "a",
                                        "https://www.example.fr/attestation",
                                        Set.of(1L))))
                .isEmpty();
    }

    @Test
    void teamCodesAreAtMost40CharactersAndTheEmailIsOptionalButWellFormed() {
        assertThat(ReferentialRules.problemsOf(new TeamDraft("EQUIPE_A", "a", "a", null)))
                .isEmpty();
        assertThat(ReferentialRules.problemsOf(new TeamDraft("EQUIPE_A", "a", "a", " "))).isEmpty();
        assertThat(
                        keysOf(
                                ReferentialRules.problemsOf(
                                        new TeamDraft("A".repeat(41), "a", "a", null))))
                .containsExactly("code:admin.referential.error.teamCodeFormat");
        assertThat(
                        keysOf(
                                ReferentialRules.problemsOf(
                                        new TeamDraft("EQUIPE_A", "a", "a", "equipe@exemple"))))
                .containsExactly("email:admin.referential.error.email");
        assertThat(ReferentialRules.problemsOf(new TeamDraft("EQUIPE_A", "a", "a", "e@x.fr")))
                .isEmpty();
    }
}
