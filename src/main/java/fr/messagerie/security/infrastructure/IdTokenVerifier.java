package fr.messagerie.security.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.Map;
import java.util.Set;

/**
 * Checks an ID token with the JOSE library, never by hand: signature by one of the provider's
 * published keys (asymmetric algorithms only, so "none" and HMAC-with-the-public-key tricks fail),
 * issuer, audience (our client id), expiry, and the nonce of this sign-in.
 */
public class IdTokenVerifier {

    private static final Set<JWSAlgorithm> ACCEPTED =
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256, JWSAlgorithm.PS256);

    private final String issuer;
    private final String clientId;
    private final JWKSource<SecurityContext> keys;

    public IdTokenVerifier(String issuer, String clientId, JWKSource<SecurityContext> keys) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.keys = keys;
    }

    /** The token's claims, or an {@link OidcException} saying which check failed. */
    public Map<String, Object> verify(String idToken, String expectedNonce) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ACCEPTED, keys));
        processor.setJWTClaimsSetVerifier(
                new DefaultJWTClaimsVerifier<>(
                        clientId,
                        new JWTClaimsSet.Builder()
                                .issuer(issuer)
                                .claim("nonce", expectedNonce)
                                .build(),
                        Set.of("sub", "iat", "exp")));
        try {
            return processor.process(idToken, null).getClaims();
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new OidcException("id token refused: " + e.getClass().getSimpleName(), e);
        }
    }
}
