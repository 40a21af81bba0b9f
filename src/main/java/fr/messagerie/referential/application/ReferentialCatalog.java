package fr.messagerie.referential.application;

import fr.messagerie.referential.domain.Audience;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.referential.domain.Subject;
import fr.messagerie.referential.domain.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The taxonomy as the wizard offers it: only active entries, in their order, per audience. Every
 * lookup checks the whole path (an audience may only reach motifs of its own themes), so a forged
 * id from the browser gets nothing. The entities sit in the shared JPA cache: the wizard's pages
 * read them without a round trip once warm.
 */
@ApplicationScoped
public class ReferentialCatalog {

    @PersistenceContext private EntityManager entityManager;

    public List<Theme> themesFor(Audience audience) {
        return entityManager
                .createQuery(
                        "select t from Theme t where t.active = true and :audience member of"
                                + " t.audiences order by t.sortOrder, t.id",
                        Theme.class)
                .setParameter("audience", audience)
                .getResultList();
    }

    public List<Subject> subjectsOf(Audience audience, long themeId) {
        return entityManager
                .createQuery(
                        "select s from Subject s where s.theme.id = :theme and s.active = true"
                                + " order by s.sortOrder, s.id",
                        Subject.class)
                .setParameter("theme", themeId)
                .getResultList()
                .stream()
                .filter(subject -> subject.getTheme().isOfferedTo(audience))
                .toList();
    }

    public List<Motif> motifsOf(Audience audience, long subjectId) {
        return entityManager
                .createQuery(
                        "select m from Motif m where m.subject.id = :subject and m.active = true"
                                + " order by m.sortOrder, m.id",
                        Motif.class)
                .setParameter("subject", subjectId)
                .getResultList()
                .stream()
                .filter(motif -> isOffered(motif, audience))
                .toList();
    }

    public Optional<Theme> theme(Audience audience, long themeId) {
        return Optional.ofNullable(entityManager.find(Theme.class, themeId))
                .filter(theme -> theme.isOfferedTo(audience));
    }

    public Optional<Subject> subject(Audience audience, long subjectId) {
        return Optional.ofNullable(entityManager.find(Subject.class, subjectId))
                .filter(subject -> subject.isActive() && subject.getTheme().isOfferedTo(audience));
    }

    /** A motif the audience may choose today: active, under an active subject of its theme. */
    public Optional<Motif> selectableMotif(Audience audience, long motifId) {
        return Optional.ofNullable(entityManager.find(Motif.class, motifId))
                .filter(motif -> isOffered(motif, audience));
    }

    /** Any motif, active or not: conversations keep pointing at deactivated ones. */
    public Optional<Motif> motif(long motifId) {
        return Optional.ofNullable(entityManager.find(Motif.class, motifId));
    }

    private static boolean isOffered(Motif motif, Audience audience) {
        return motif.isActive()
                && motif.getSubject().isActive()
                && motif.getTheme().isOfferedTo(audience);
    }
}
