package fr.messagerie.security.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class OidcPendingSignInTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void each_sign_in_gets_its_own_unguessable_state_nonce_and_verifier() {
        OidcPendingSignIn first = OidcPendingSignIn.start(NOW);
        OidcPendingSignIn second = OidcPendingSignIn.start(NOW);

        assertThat(first.state()).isNotEqualTo(second.state()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(first.nonce()).isNotEqualTo(second.nonce()).isNotEqualTo(first.state());
        // RFC 7636: 43 to 128 characters of the unreserved set.
        assertThat(first.codeVerifier()).matches("[A-Za-z0-9_-]{43,128}");
    }

    @Test
    void the_challenge_is_the_base64url_sha256_of_the_verifier() throws Exception {
        OidcPendingSignIn pending =
                new OidcPendingSignIn("s", "n", "verifier-" + "a".repeat(40), NOW);
        String expected =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                MessageDigest.getInstance("SHA-256")
                                        .digest(
                                                pending.codeVerifier()
                                                        .getBytes(StandardCharsets.US_ASCII)));

        assertThat(pending.codeChallenge()).isEqualTo(expected).doesNotContain("=");
    }

    @Test
    void the_rfc_7636_example_gives_its_published_challenge() {
        OidcPendingSignIn pending =
                new OidcPendingSignIn("s", "n", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", NOW);

        assertThat(pending.codeChallenge())
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void only_the_same_state_within_the_lifetime_answers_the_sign_in() {
        OidcPendingSignIn pending = OidcPendingSignIn.start(NOW);

        assertThat(pending.answeredBy(pending.state(), NOW.plusSeconds(60))).isTrue();
        assertThat(pending.answeredBy(pending.state() + "x", NOW)).isFalse();
        assertThat(pending.answeredBy(null, NOW)).isFalse();
        assertThat(pending.answeredBy(pending.state(), NOW.plus(OidcPendingSignIn.LIFETIME)))
                .isFalse();
    }
}
