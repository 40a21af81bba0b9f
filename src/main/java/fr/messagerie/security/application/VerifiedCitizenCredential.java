package fr.messagerie.security.application;

import jakarta.security.enterprise.credential.Credential;

/**
 * A citizen whose identity the OpenID Connect sign-in has already proved (state, PKCE, signed ID
 * token and nonce checked). It carries no secret: only server code creates it, after those checks,
 * and hands it to the one authentication mechanism, whose identity store turns it into roles.
 */
public record VerifiedCitizenCredential(String login) implements Credential {}
