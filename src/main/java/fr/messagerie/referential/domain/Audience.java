package fr.messagerie.referential.domain;

/** Who a citizen writes as, in "Mon espace privé": each audience is offered its own themes. */
public enum Audience {
    PARTICULIER,
    EXPLOITANT,
    EMPLOYEUR
}
