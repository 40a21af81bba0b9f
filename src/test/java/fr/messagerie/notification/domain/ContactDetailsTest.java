package fr.messagerie.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactDetailsTest {

    @Test
    void frenchMobileNumbersAreNormalisedToInternationalFormat() {
        assertThat(ContactDetails.mobileInInternationalFormat("06 12 34 56 78"))
                .contains("+33612345678");
        assertThat(ContactDetails.mobileInInternationalFormat("+33 7.12.34.56.78"))
                .contains("+33712345678");
        assertThat(ContactDetails.mobileInInternationalFormat("0033612345678"))
                .contains("+33612345678");
    }

    @Test
    void landlinesAndGarbageAreNotMobiles() {
        assertThat(ContactDetails.mobileInInternationalFormat("01 23 45 67 89")).isEmpty();
        assertThat(ContactDetails.mobileInInternationalFormat("06 12")).isEmpty();
        assertThat(ContactDetails.mobileInInternationalFormat(null)).isEmpty();
    }

    @Test
    void anAddressThatCouldInjectAHeaderIsNotUsable() {
        assertThat(ContactDetails.isUsableEmail("camille.martin@example.fr")).isTrue();
        assertThat(ContactDetails.isUsableEmail("camille@example.fr\r\nBcc: victim@example.fr"))
                .isFalse();
        assertThat(ContactDetails.isUsableEmail("no-at-sign.example.fr")).isFalse();
        assertThat(ContactDetails.isUsableEmail(null)).isFalse();
    }
}
