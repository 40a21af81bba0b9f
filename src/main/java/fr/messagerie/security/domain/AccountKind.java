package fr.messagerie.security.domain;

/** Citizens and staff sign in separately and never share a page. */
public enum AccountKind {
    CITIZEN,
    AGENT,
    ADMIN
}
