package fr.messagerie.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.messagerie.referential.domain.Audience;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CitizenIdentityTest {

    @Test
    void a_full_set_of_claims_gives_name_email_mobile_and_the_default_audience() {
        CitizenIdentity identity =
                CitizenIdentity.fromClaims(
                        Map.of(
                                "sub", "fc-123",
                                "given_name", "Camille",
                                "family_name", "Martin",
                                "email", "camille@example.fr",
                                "phone_number", "+33 6 12 34 56 78"));

        assertThat(identity.subject()).isEqualTo("fc-123");
        assertThat(identity.displayName()).isEqualTo("Camille Martin");
        assertThat(identity.email()).isEqualTo("camille@example.fr");
        assertThat(identity.mobile()).isEqualTo("+33612345678");
        assertThat(identity.audience()).isEqualTo(Audience.PARTICULIER);
    }

    @Test
    void the_audience_claim_chooses_the_audience_and_an_unknown_value_falls_back() {
        assertThat(
                        CitizenIdentity.fromClaims(
                                        Map.of(
                                                "sub",
                                                "s",
                                                CitizenIdentity.AUDIENCE_CLAIM,
                                                "employeur"))
                                .audience())
                .isEqualTo(Audience.EMPLOYEUR);
        assertThat(
                        CitizenIdentity.fromClaims(
                                        Map.of("sub", "s", CitizenIdentity.AUDIENCE_CLAIM, "ADMIN"))
                                .audience())
                .isEqualTo(Audience.PARTICULIER);
    }

    @Test
    void missing_or_malformed_optional_claims_are_left_empty_and_the_name_falls_back() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "s");
        claims.put("email", "not-an-address");
        claims.put("phone_number", "call me");
        claims.put("given_name", 42);

        CitizenIdentity identity = CitizenIdentity.fromClaims(claims);

        assertThat(identity.email()).isNull();
        assertThat(identity.mobile()).isNull();
        assertThat(identity.displayName()).isEqualTo("Usager");
        assertThat(
                        CitizenIdentity.fromClaims(Map.of("sub", "s", "name", "Jean Dupré"))
                                .displayName())
                .isEqualTo("Jean Dupré");
    }

    @Test
    void no_subject_or_an_oversized_one_is_refused() {
        assertThatThrownBy(() -> CitizenIdentity.fromClaims(Map.of("given_name", "X")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CitizenIdentity.fromClaims(Map.of("sub", "x".repeat(101))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_new_account_is_a_citizen_keyed_on_the_subject_without_password() {
        Account account =
                CitizenIdentity.fromClaims(
                                Map.of("sub", "fc-9", "given_name", "Louis", "family_name", "B"))
                        .newAccount();

        assertThat(account.getLogin()).isEqualTo("fc-9");
        assertThat(account.isCitizen()).isTrue();
        assertThat(account.getRoles()).containsExactly(Role.CITIZEN);
        assertThat(account.passwordHash()).isEmpty();
    }
}
