package fr.messagerie.security.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdTokenVerifierTest {

    private static final String ISSUER = "https://idp.example/";
    private static final String CLIENT = "messagerie";
    private static final String NONCE = "nonce-of-this-sign-in";

    private static RSAKey providerKey;
    private static RSAKey otherKey;
    private static IdTokenVerifier verifier;

    @BeforeAll
    static void keys() throws Exception {
        providerKey = new RSAKeyGenerator(2048).keyID("provider").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("provider").generate();
        verifier =
                new IdTokenVerifier(
                        ISSUER,
                        CLIENT,
                        new ImmutableJWKSet<>(new JWKSet(providerKey.toPublicJWK())));
    }

    @Test
    void a_token_signed_by_the_provider_for_us_with_our_nonce_gives_its_claims() throws Exception {
        assertThat(verifier.verify(signed(providerKey, claims().build()), NONCE))
                .containsEntry("sub", "fc-123")
                .containsEntry("given_name", "Camille");
    }

    @Test
    void a_wrong_nonce_is_refused() throws Exception {
        String token = signed(providerKey, claims().build());

        assertThatThrownBy(() -> verifier.verify(token, "another-sign-in"))
                .isInstanceOf(OidcException.class);
    }

    @Test
    void a_token_signed_with_another_key_is_refused() throws Exception {
        String token = signed(otherKey, claims().build());

        assertThatThrownBy(() -> verifier.verify(token, NONCE)).isInstanceOf(OidcException.class);
    }

    @Test
    void a_tampered_payload_is_refused() throws Exception {
        String[] parts = signed(providerKey, claims().build()).split("\\.");
        String forged = signed(otherKey, claims().subject("admin").build()).split("\\.")[1];

        assertThatThrownBy(() -> verifier.verify(parts[0] + "." + forged + "." + parts[2], NONCE))
                .isInstanceOf(OidcException.class);
    }

    @Test
    void unsigned_and_hmac_tokens_are_refused() throws Exception {
        String plain = new PlainJWT(claims().build()).serialize();
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
        hmac.sign(new MACSigner("a-shared-secret-of-at-least-256-bits-length!!"));

        assertThatThrownBy(() -> verifier.verify(plain, NONCE)).isInstanceOf(OidcException.class);
        assertThatThrownBy(() -> verifier.verify(hmac.serialize(), NONCE))
                .isInstanceOf(OidcException.class);
    }

    @Test
    void another_audience_another_issuer_or_an_expired_token_is_refused() throws Exception {
        String otherAudience = signed(providerKey, claims().audience("someone-else").build());
        String otherIssuer = signed(providerKey, claims().issuer("https://evil.example/").build());
        String expired =
                signed(
                        providerKey,
                        claims().expirationTime(new Date(System.currentTimeMillis() - 3_600_000))
                                .build());

        assertThatThrownBy(() -> verifier.verify(otherAudience, NONCE))
                .isInstanceOf(OidcException.class);
        assertThatThrownBy(() -> verifier.verify(otherIssuer, NONCE))
                .isInstanceOf(OidcException.class);
        assertThatThrownBy(() -> verifier.verify(expired, NONCE)).isInstanceOf(OidcException.class);
    }

    private static JWTClaimsSet.Builder claims() {
        Date now = new Date();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("fc-123")
                .audience(CLIENT)
                .issueTime(now)
                .expirationTime(new Date(now.getTime() + 300_000))
                .claim("nonce", NONCE)
                .claim("given_name", "Camille");
    }

    private static String signed(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt =
                new SignedJWT(
                        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                        claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
