package fr.messagerie.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageCounterTest {

    private static final boolean FRENCH = true;
    private static final boolean ENGLISH = false;

    @Test
    void plentyLeftUsesThePlural() {
        assertThat(MessageCounter.key(750, FRENCH)).isEqualTo(MessageCounter.MANY);
        assertThat(MessageCounter.key(2, ENGLISH)).isEqualTo(MessageCounter.MANY);
    }

    @Test
    void oneLeftUsesTheSingularInBothLanguages() {
        assertThat(MessageCounter.key(1, FRENCH)).isEqualTo(MessageCounter.ONE);
        assertThat(MessageCounter.key(1, ENGLISH)).isEqualTo(MessageCounter.ONE);
    }

    @Test
    void noneLeftIsSingularInFrenchAndPluralInEnglish() {
        assertThat(MessageCounter.key(0, FRENCH)).isEqualTo(MessageCounter.ONE);
        assertThat(MessageCounter.key(0, ENGLISH)).isEqualTo(MessageCounter.MANY);
    }

    @Test
    void overTheLimitSaysHowManyTooMany() {
        assertThat(MessageCounter.key(-1, FRENCH)).isEqualTo(MessageCounter.OVER_ONE);
        assertThat(MessageCounter.key(-1, ENGLISH)).isEqualTo(MessageCounter.OVER_ONE);
        assertThat(MessageCounter.key(-2, FRENCH)).isEqualTo(MessageCounter.OVER);
    }
}
