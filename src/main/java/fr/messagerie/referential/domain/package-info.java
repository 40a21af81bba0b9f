/**
 * The taxonomy a citizen chooses from (theme, subject, motif), per audience, with what each motif
 * decides: the team it routes to, its target response time and the online service it may propose.
 * Labels are kept in French and English; deactivating an entry hides it from new choices without
 * touching conversations that already use it.
 */
package fr.messagerie.referential.domain;
