package fr.messagerie.backoffice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CannedResponseRulesTest {

    private static List<String> problems(
            String title, String body, Long motif, Long team, Integer order) {
        return CannedResponseRules.problemsOf(title, body, motif, team, order).stream()
                .map(p -> p.field() + ":" + p.messageKey())
                .toList();
    }

    @Test
    void aResponseForOneTeamIsAccepted() {
        assertThat(problems("Titre", "Bonjour {nom}", null, 3L, 10)).isEmpty();
        assertThat(problems("Titre", "Bonjour {nom}", 7L, null, 0)).isEmpty();
    }

    @Test
    void aResponseIsForExactlyOneMotifOrOneTeam() {
        assertThat(problems("Titre", "Texte", 7L, 3L, 10))
                .containsExactly("motif:admin.canned.error.oneScope");
        assertThat(problems("Titre", "Texte", null, null, 10))
                .containsExactly("motif:admin.canned.error.oneScope");
    }

    @Test
    void titleAndBodyAreRequiredAndFitTheirColumns() {
        assertThat(problems(" ", null, null, 3L, 10))
                .containsExactly(
                        "title:admin.canned.error.titleRequired",
                        "body:admin.canned.error.bodyRequired");
        assertThat(problems("t".repeat(201), "b".repeat(4001), null, 3L, 10))
                .containsExactly(
                        "title:admin.canned.error.titleTooLong",
                        "body:admin.canned.error.bodyTooLong");
    }

    @Test
    void theOrderIsAWholeNumberZeroOrMore() {
        assertThat(problems("Titre", "Texte", null, 3L, -1))
                .containsExactly("sortOrder:admin.canned.error.sortOrder");
        assertThat(problems("Titre", "Texte", null, 3L, null))
                .containsExactly("sortOrder:admin.canned.error.sortOrder");
    }
}
