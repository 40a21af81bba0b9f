package fr.messagerie.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WizardStepTest {

    @Test
    void anEmptyDraftStartsAtTheTheme() {
        assertThat(WizardStep.firstMissing(draft(null, null, null, null)))
                .isEqualTo(WizardStep.THEME);
    }

    @Test
    void eachMissingAnswerSendsBackToItsStep() {
        assertThat(WizardStep.firstMissing(draft(1L, null, null, null)))
                .isEqualTo(WizardStep.SUBJECT);
        assertThat(WizardStep.firstMissing(draft(1L, 2L, null, null))).isEqualTo(WizardStep.MOTIF);
        assertThat(WizardStep.firstMissing(draft(1L, 2L, 3L, "   "))).isEqualTo(WizardStep.MESSAGE);
        assertThat(WizardStep.firstMissing(draft(1L, 2L, 3L, "Bonjour madame")))
                .isEqualTo(WizardStep.SUMMARY);
    }

    @Test
    void theSummaryIsOutOfReachUntilTheTextIsWritten() {
        NewMessageDraft withMotif = draft(1L, 2L, 3L, null);

        assertThat(WizardStep.MESSAGE.isReachableWith(withMotif)).isTrue();
        assertThat(WizardStep.THEME.isReachableWith(withMotif)).isTrue();
        assertThat(WizardStep.SUMMARY.isReachableWith(withMotif)).isFalse();
    }

    @Test
    void aTypedAddressOfALaterStepIsRefusedOnAFreshDraft() {
        NewMessageDraft fresh = draft(null, null, null, null);

        assertThat(WizardStep.MOTIF.isReachableWith(fresh)).isFalse();
        assertThat(WizardStep.THEME.isReachableWith(fresh)).isTrue();
    }

    @Test
    void stepsLiveInTheFlowFolderUnderDistinctOutcomes() {
        assertThat(WizardStep.THEME.viewId()).isEqualTo("/nouveau-message/theme.xhtml");
        assertThat(Arrays.stream(WizardStep.values()).map(WizardStep::outcome).distinct())
                .hasSize(WizardStep.values().length)
                .doesNotContain(NewMessageFlow.EXIT, NewMessageFlow.ID);
    }

    static NewMessageDraft draft(Long theme, Long subject, Long motif, String text) {
        NewMessageDraft draft = new NewMessageDraft();
        draft.start();
        draft.setThemeId(theme);
        draft.setSubjectId(subject);
        draft.setMotifId(motif);
        draft.setText(text);
        return draft;
    }
}
