package fr.messagerie.backoffice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyTemplateTest {

    @Test
    void fillsTheCitizensNameAndTheReference() {
        assertThat(
                        ReplyTemplate.fill(
                                "Bonjour {nom}, votre demande {reference}.",
                                "Camille Martin",
                                "MSG-2026-ABCD2345"))
                .isEqualTo("Bonjour Camille Martin, votre demande MSG-2026-ABCD2345.");
    }

    @Test
    void aValueThatLooksLikeAPlaceholderIsInsertedAsItIs() {
        assertThat(ReplyTemplate.fill("{nom} / {reference}", "{reference}", "MSG-1"))
                .isEqualTo("{reference} / MSG-1");
    }

    @Test
    void replacementCharactersOfRegularExpressionsAreNotInterpreted() {
        assertThat(ReplyTemplate.fill("Bonjour {nom}", "$1 \\ O'Brien", "MSG-1"))
                .isEqualTo("Bonjour $1 \\ O'Brien");
    }

    @Test
    void unknownPlaceholdersStayVisibleForTheAgentToFix() {
        assertThat(ReplyTemplate.fill("Le {montant} est dû", "A", "B"))
                .isEqualTo("Le {montant} est dû");
    }

    @Test
    void markupIsLeftForThePageToEscape() {
        // The reply is stored as plain text and escaped when shown, never rendered as HTML.
        assertThat(ReplyTemplate.fill("Bonjour {nom}", "<b>x</b>", "R"))
                .isEqualTo("Bonjour <b>x</b>");
    }
}
