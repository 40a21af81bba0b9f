package fr.messagerie.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class NewMessageDraftTest {

    @Test
    void oneRunOfTheWizardKeepsOneToken() {
        NewMessageDraft draft = WizardStepTest.draft(1L, 2L, 3L, "Bonjour madame");

        assertThat(draft.token()).isEqualTo(draft.token());
    }

    @Test
    void twoRunsHaveDifferentTokens() {
        assertThat(WizardStepTest.draft(null, null, null, null).token())
                .isNotEqualTo(WizardStepTest.draft(null, null, null, null).token());
    }

    @Test
    void anotherThemeForgetsTheSubjectAndMotifButKeepsTheText() {
        NewMessageDraft draft = WizardStepTest.draft(1L, 2L, 3L, "Bonjour madame");

        draft.setThemeId(9L);

        assertThat(draft.getSubjectId()).isNull();
        assertThat(draft.getMotifId()).isNull();
        assertThat(draft.getText()).isEqualTo("Bonjour madame");
    }

    @Test
    void confirmingTheSameThemeKeepsTheLaterChoices() {
        NewMessageDraft draft = WizardStepTest.draft(1L, 2L, 3L, null);

        draft.setThemeId(1L);
        draft.setSubjectId(2L);

        assertThat(draft.getMotifId()).isEqualTo(3L);
    }

    @Test
    void anotherSubjectForgetsTheMotif() {
        NewMessageDraft draft = WizardStepTest.draft(1L, 2L, 3L, null);

        draft.setSubjectId(4L);

        assertThat(draft.getThemeId()).isEqualTo(1L);
        assertThat(draft.getMotifId()).isNull();
    }

    @Test
    void theDraftStaysSmallInTheSession() throws IOException {
        NewMessageDraft draft = WizardStepTest.draft(1L, 2L, 3L, "é".repeat(750));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(draft);
        }

        assertThat(bytes.size()).isLessThan(2_000);
    }
}
