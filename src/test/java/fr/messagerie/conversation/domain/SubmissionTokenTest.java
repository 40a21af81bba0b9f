package fr.messagerie.conversation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SubmissionTokenTest {

    @Test
    void aNewTokenIsARandomUuid() {
        UUID uuid = UUID.fromString(SubmissionToken.newToken().value());

        assertThat(uuid.version()).isEqualTo(4);
    }

    @Test
    void newTokensDoNotRepeat() {
        Set<SubmissionToken> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            tokens.add(SubmissionToken.newToken());
        }

        assertThat(tokens).hasSize(10_000);
    }

    @Test
    void aTokenSurvivesTheRoundTripThroughAForm() {
        SubmissionToken token = SubmissionToken.newToken();

        assertThat(SubmissionToken.parse(token.toString())).isEqualTo(token);
    }

    @Test
    void parsingForgivesUpperCaseAndSurroundingSpaces() {
        assertThat(SubmissionToken.parse(" 3F2504E0-4F89-41D3-9A0C-0305E82C3301 ").value())
                .isEqualTo("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "not-a-token",
                "1-2-3-4-5",
                "3f2504e0-4f89-41d3-9a0c-0305e82c330",
                "3f2504e0-4f89-41d3-9a0c-0305e82c33011",
                "3f2504e04f8941d39a0c0305e82c3301",
                "3f2504e0-4f89-41d3-9a0c-0305e82c330g",
                "{3f2504e0-4f89-41d3-9a0c-0305e82c3301}",
                "3f2504e0-4f89-41d3-9a0c-0305e82c3301\n<script>"
            })
    void anythingButACanonicalUuidIsRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> SubmissionToken.parse(text));
    }

    @Test
    void theConstructorRefusesUpperCaseSoATokenHasOneSpelling() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SubmissionToken("3F2504E0-4F89-41D3-9A0C-0305E82C3301"));
    }

    @Test
    void tokensWithTheSameValueAreEqual() {
        assertThat(SubmissionToken.parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301"))
                .isEqualTo(SubmissionToken.parse("3F2504E0-4F89-41D3-9A0C-0305E82C3301"))
                .hasSameHashCodeAs(SubmissionToken.parse("3F2504E0-4F89-41D3-9A0C-0305E82C3301"));
    }
}
