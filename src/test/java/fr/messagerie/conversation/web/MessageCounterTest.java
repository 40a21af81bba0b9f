package fr.messagerie.conversation.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageCounterTest {

    @Test
    void plentyLeftUsesThePlural() {
        assertThat(MessageCounter.key(750)).isEqualTo(MessageCounter.MANY);
        assertThat(MessageCounter.key(0)).isEqualTo(MessageCounter.MANY);
    }

    @Test
    void oneLeftUsesTheSingular() {
        assertThat(MessageCounter.key(1)).isEqualTo(MessageCounter.ONE);
    }

    @Test
    void overTheLimitSaysHowManyTooMany() {
        assertThat(MessageCounter.key(-1)).isEqualTo(MessageCounter.OVER);
    }
}
