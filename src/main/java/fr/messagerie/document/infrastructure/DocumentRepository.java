package fr.messagerie.document.infrastructure;

import fr.messagerie.document.domain.DocumentBatch;
import fr.messagerie.document.domain.DocumentContent;
import fr.messagerie.document.domain.DocumentFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Upload batches, their files and the files' bytes. */
@ApplicationScoped
public class DocumentRepository {

    @PersistenceContext private EntityManager entityManager;

    public void add(DocumentBatch batch) {
        entityManager.persist(batch);
    }

    public boolean referenceExists(String reference) {
        return !entityManager
                .createQuery(
                        "select b.id from DocumentBatch b where b.reference = :reference",
                        Long.class)
                .setParameter("reference", reference)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public Optional<DocumentBatch> findByReference(String reference) {
        return entityManager
                .createQuery(
                        "select b from DocumentBatch b where b.reference = :reference",
                        DocumentBatch.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    public Optional<DocumentFile> findFile(long fileId) {
        return Optional.ofNullable(entityManager.find(DocumentFile.class, fileId));
    }

    public Optional<byte[]> contentOf(long fileId) {
        return Optional.ofNullable(entityManager.find(DocumentContent.class, fileId))
                .map(DocumentContent::getContent);
    }

    /**
     * Newest first. The order names the citizen and the date has a bound a day ahead (no result
     * changes) for H2 to read one page in the (citizen, date, id) index's order, as the home list
     * does (ConversationRepository.listOfCitizen, V69).
     */
    public List<DocumentBatch> ofCitizen(long citizenId, int limit, Instant now) {
        return entityManager
                .createQuery(
                        "select b from DocumentBatch b where b.citizenId = :citizen"
                                + " and b.createdAt < :horizon"
                                + " order by b.citizenId, b.createdAt desc, b.id desc",
                        DocumentBatch.class)
                .setParameter("citizen", citizenId)
                .setParameter("horizon", now.plus(Duration.ofDays(1)))
                .setHint("eclipselink.batch", "b.files")
                .setMaxResults(limit)
                .getResultList();
    }

    /** The batches routed to these teams; {@code null} teams means every batch (admins). */
    public List<DocumentBatch> ofTeams(Collection<Long> teamIds, int limit) {
        if (teamIds != null && teamIds.isEmpty()) {
            return List.of();
        }
        var query =
                entityManager.createQuery(
                        "select b from DocumentBatch b"
                                + (teamIds == null ? "" : " where b.teamId in :teams")
                                + " order by b.createdAt desc, b.id desc",
                        DocumentBatch.class);
        if (teamIds != null) {
            query.setParameter("teams", teamIds);
        }
        return query.setHint("eclipselink.batch", "b.files").setMaxResults(limit).getResultList();
    }
}
