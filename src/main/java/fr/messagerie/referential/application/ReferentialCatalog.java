package fr.messagerie.referential.application;

import fr.messagerie.referential.domain.Audience;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.referential.domain.ReferentialEntry;
import fr.messagerie.referential.domain.Subject;
import fr.messagerie.referential.domain.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The taxonomy as the wizard offers it: only active entries, in their order, per audience. Every
 * lookup checks the whole path (an audience may only reach motifs of its own themes), so a forged
 * id from the browser gets nothing. The entities sit in the shared JPA cache and the lists in
 * EclipseLink's query results cache (see {@link
 * fr.messagerie.referential.domain.ReferentialEntry}): the wizard's pages read them without a round
 * trip once warm.
 */
@ApplicationScoped
public class ReferentialCatalog {

    /*
     * Every read here is for display or a check, never a change (administration has its own
     * service): EclipseLink may hand out its shared cached objects instead of copying each one,
     * with its relations, into every request's persistence context. The load profile showed the
     * copying (and its cache locks) on every wizard page and every send. The named queries carry
     * the same hint (set here, it would bypass their results cache).
     */
    private static final Map<String, Object> READ_ONLY = Map.of(ReferentialEntry.READ_ONLY, "true");

    @PersistenceContext private EntityManager entityManager;

    public List<Theme> themesFor(Audience audience) {
        return entityManager
                .createNamedQuery(Theme.OFFERED_TO, Theme.class)
                .setParameter("audience", audience)
                .getResultList();
    }

    public List<Subject> subjectsOf(Audience audience, long themeId) {
        return entityManager
                .createNamedQuery(Subject.ACTIVE_OF_THEME, Subject.class)
                .setParameter("theme", themeId)
                .getResultList()
                .stream()
                .filter(subject -> subject.getTheme().isOfferedTo(audience))
                .toList();
    }

    public List<Motif> motifsOf(Audience audience, long subjectId) {
        return entityManager
                .createNamedQuery(Motif.ACTIVE_OF_SUBJECT, Motif.class)
                .setParameter("subject", subjectId)
                .getResultList()
                .stream()
                .filter(motif -> isOffered(motif, audience))
                .toList();
    }

    public Optional<Theme> theme(Audience audience, long themeId) {
        return Optional.ofNullable(entityManager.find(Theme.class, themeId, READ_ONLY))
                .filter(theme -> theme.isOfferedTo(audience));
    }

    public Optional<Subject> subject(Audience audience, long subjectId) {
        return Optional.ofNullable(entityManager.find(Subject.class, subjectId, READ_ONLY))
                .filter(subject -> subject.isActive() && subject.getTheme().isOfferedTo(audience));
    }

    /** A motif the audience may choose today: active, under an active subject of its theme. */
    public Optional<Motif> selectableMotif(Audience audience, long motifId) {
        return Optional.ofNullable(entityManager.find(Motif.class, motifId, READ_ONLY))
                .filter(motif -> isOffered(motif, audience));
    }

    /** Any motif, active or not: conversations keep pointing at deactivated ones. */
    public Optional<Motif> motif(long motifId) {
        return Optional.ofNullable(entityManager.find(Motif.class, motifId, READ_ONLY));
    }

    private static boolean isOffered(Motif motif, Audience audience) {
        return motif.isActive()
                && motif.getSubject().isActive()
                && motif.getTheme().isOfferedTo(audience);
    }
}
