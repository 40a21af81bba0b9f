package fr.messagerie.conversation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.SecureRandom;
import java.time.Year;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ConversationReferenceTest {

    @Test
    void generatedReferenceHasThePrefixTheYearAndEightCrockfordCharacters() {
        ConversationReference reference =
                ConversationReference.generate(Year.of(2025), new SecureRandom());

        assertThat(reference.value()).matches("MSG-2025-[0-9A-HJKMNP-TV-Z]{8}");
    }

    @Test
    void generationDrawsFromTheGivenRandom() {
        ConversationReference first = ConversationReference.generate(Year.of(2025), new Random(42));
        ConversationReference second =
                ConversationReference.generate(Year.of(2025), new Random(42));

        assertThat(first).isEqualTo(second);
    }

    @Test
    void eachRandomValueMapsToItsCrockfordDigit() {
        RandomGenerator counting =
                new RandomGenerator() {
                    private int next = 24;

                    @Override
                    public long nextLong() {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public int nextInt(int bound) {
                        assertThat(bound).isEqualTo(32);
                        return next++;
                    }
                };

        assertThat(ConversationReference.generate(Year.of(2026), counting).value())
                .isEqualTo("MSG-2026-RSTVWXYZ");
    }

    @Test
    void generatedReferencesNeverContainIOrLOrU() {
        SecureRandom random = new SecureRandom();
        StringBuilder allRandomParts = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            allRandomParts.append(
                    ConversationReference.generate(Year.of(2025), random).value().substring(9));
        }

        assertThat(allRandomParts.toString()).doesNotContain("I", "L", "O", "U");
    }

    @Test
    void generationUsesTheWholeAlphabet() {
        SecureRandom random = new SecureRandom();
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            for (char c :
                    ConversationReference.generate(Year.of(2025), random)
                            .value()
                            .substring(9)
                            .toCharArray()) {
                seen.add(c);
            }
        }

        assertThat(seen).hasSize(32);
    }

    @Test
    void generatedReferencesDoNotRepeat() {
        SecureRandom random = new SecureRandom();
        Set<ConversationReference> references = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            references.add(ConversationReference.generate(Year.of(2025), random));
        }

        assertThat(references).hasSize(10_000);
    }

    @ParameterizedTest
    @ValueSource(ints = {999, 10_000, -2025})
    void yearsWithoutFourDigitsAreRefused(int year) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConversationReference.generate(Year.of(year), new Random()));
    }

    @Test
    void parsingAcceptsTheCanonicalForm() {
        assertThat(ConversationReference.parse("MSG-2025-7K3QF9ZD").value())
                .isEqualTo("MSG-2025-7K3QF9ZD");
    }

    @Test
    void parsingForgivesSurroundingSpacesAndLowerCase() {
        assertThat(ConversationReference.parse("  msg-2025-7k3qf9zd \n"))
                .isEqualTo(ConversationReference.parse("MSG-2025-7K3QF9ZD"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "MSG-2025-7K3QF9Z",
                "MSG-2025-7K3QF9ZDX",
                "MSG-25-7K3QF9ZD",
                "MSG-2025-7K3QF9ZI",
                "MSG-2025-7K3QF9ZL",
                "MSG-2025-7K3QF9ZO",
                "MSG-2025-7K3QF9ZU",
                "MSG-2025-7K3Q F9ZD",
                "MSG 2025 7K3QF9ZD",
                "MSG20257K3QF9ZD",
                "REF-2025-7K3QF9ZD",
                "MSG-2025-7K3QF9Z-",
                "MSG-2025-7K3QF9ZÉ",
                "MSG-２０２５-7K3QF9ZD",
                "xMSG-2025-7K3QF9ZD"
            })
    void anythingElseIsRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> ConversationReference.parse(text));
    }

    @Test
    void theConstructorRefusesNonCanonicalSpelling() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConversationReference("msg-2025-7k3qf9zd"));
    }

    @Test
    void theYearIsReadBackFromTheReference() {
        assertThat(ConversationReference.parse("MSG-2027-00000000").year())
                .isEqualTo(Year.of(2027));
    }

    @Test
    void toStringIsTheReferenceItself() {
        assertThat(ConversationReference.parse("msg-2025-7k3qf9zd"))
                .hasToString("MSG-2025-7K3QF9ZD");
    }

    @Test
    void referencesWithTheSameValueAreEqual() {
        assertThat(ConversationReference.parse("MSG-2025-7K3QF9ZD"))
                .isEqualTo(new ConversationReference("MSG-2025-7K3QF9ZD"))
                .hasSameHashCodeAs(new ConversationReference("MSG-2025-7K3QF9ZD"))
                .isNotEqualTo(new ConversationReference("MSG-2025-7K3QF9ZE"));
    }
}
