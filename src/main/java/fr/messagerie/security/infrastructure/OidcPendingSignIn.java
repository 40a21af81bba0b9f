package fr.messagerie.security.infrastructure;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * What the browser's session remembers between the redirect to the identity provider and its
 * return: the state (the return answers our own request, not a forged one), the nonce (the ID token
 * was issued for this sign-in, not replayed) and the PKCE verifier (a stolen code is useless
 * without it). Used once, and only for a few minutes.
 */
public record OidcPendingSignIn(String state, String nonce, String codeVerifier, Instant startedAt)
        implements Serializable {

    /** Long enough to type one's credentials at the provider, short enough to limit replays. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private static final SecureRandom RANDOM = new SecureRandom();

    public static OidcPendingSignIn start(Instant now) {
        return new OidcPendingSignIn(random(32), random(32), random(48), now);
    }

    /** The PKCE S256 challenge sent with the authorization request (RFC 7636). */
    public String codeChallenge() {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether a returning browser answers this sign-in, in time. Constant-time comparison. */
    public boolean answeredBy(String returnedState, Instant now) {
        return returnedState != null
                && MessageDigest.isEqual(
                        state.getBytes(StandardCharsets.US_ASCII),
                        returnedState.getBytes(StandardCharsets.US_ASCII))
                && now.isBefore(startedAt.plus(LIFETIME));
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
