package fr.messagerie.backoffice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InboxCountTest {

    @Test
    void upToTheLimitTheCountIsExact() {
        assertThat(InboxCount.of(1_000, 1_000)).isEqualTo(new InboxCount(1_000, false));
        assertThat(InboxCount.of(0, 1_000)).isEqualTo(new InboxCount(0, false));
    }

    @Test
    void pastTheLimitItSaysMoreThanTheLimit() {
        InboxCount count = InboxCount.of(1_001, 1_000);

        assertThat(count).isEqualTo(new InboxCount(1_000, true));
        assertThat(count.pageableRows()).isEqualTo(1_000);
    }
}
