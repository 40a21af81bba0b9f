package fr.messagerie.referential.domain;

import java.util.Set;

/**
 * What an administrator typed for an online service, with the motifs that should propose it (a
 * motif proposes at most one service, so choosing it here takes it from any other service).
 */
public record OnlineServiceDraft(
        String code, String labelFr, String labelEn, String url, Set<Long> motifIds) {

    public OnlineServiceDraft {
        motifIds = motifIds == null ? Set.of() : Set.copyOf(motifIds);
    }
}
