package fr.messagerie.conversation.infrastructure;

import fr.messagerie.conversation.domain.AuthorKind;
import fr.messagerie.conversation.domain.Conversation;
import fr.messagerie.conversation.domain.ConversationStatus;
import fr.messagerie.conversation.domain.OnlineServiceOffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Conversations as the citizen side reads and writes them. */
@ApplicationScoped
public class ConversationRepository {

    @PersistenceContext private EntityManager entityManager;

    public void add(Conversation conversation) {
        entityManager.persist(conversation);
    }

    public void flush() {
        entityManager.flush();
    }

    public void add(OnlineServiceOffer offer) {
        entityManager.persist(offer);
    }

    public Optional<Conversation> findById(long id) {
        return Optional.ofNullable(entityManager.find(Conversation.class, id));
    }

    public Optional<Conversation> findBySubmissionToken(String token) {
        return entityManager
                .createQuery(
                        "select c from Conversation c where c.submissionToken = :token",
                        Conversation.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    public Optional<Conversation> findByReference(String reference) {
        return entityManager
                .createQuery(
                        "select c from Conversation c where c.reference = :reference",
                        Conversation.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    /** References by conversation id, in one query (an admin list shows hundreds of them). */
    public Map<Long, String> referencesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createQuery(
                        "select c.id, c.reference from Conversation c where c.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    public boolean referenceExists(String reference) {
        return !entityManager
                .createQuery(
                        "select c.id from Conversation c where c.reference = :reference",
                        Long.class)
                .setParameter("reference", reference)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The citizen's home list, newest first, messages fetched in the same query (no N+1). */
    /** The citizen's most recent conversations first, at most {@code limit} of them. */
    public List<CitizenListRow> listOfCitizen(long citizenId, boolean includeHidden, int limit) {
        return entityManager
                .createQuery(
                        "select new fr.messagerie.conversation.infrastructure.CitizenListRow("
                                + "c.id, c.reference, c.motifId, c.createdAt, c.updatedAt,"
                                + " c.status, c.hiddenByCitizen,"
                                + " (select count(m) from Message m where m.conversation = c"
                                + " and m.readAt is null and m.authorKind <> :citizenKind))"
                                + " from Conversation c where c.citizenId = :citizen"
                                + (includeHidden ? "" : " and c.hiddenByCitizen = false")
                                + " order by c.createdAt desc, c.id desc",
                        CitizenListRow.class)
                .setParameter("citizen", citizenId)
                .setParameter("citizenKind", AuthorKind.CITIZEN)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Ids in {@code status} with no activity since {@code before}, after {@code afterId}. */
    public List<Long> idsInStatusIdleSince(
            ConversationStatus status, Instant before, long afterId, int limit) {
        return entityManager
                .createQuery(
                        "select c.id from Conversation c where c.status = :status"
                                + " and c.updatedAt < :before and c.id > :after order by c.id",
                        Long.class)
                .setParameter("status", status)
                .setParameter("before", before)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Conversations of these teams that still await the institution, soonest due first. */
    public List<Conversation> awaitingInstitution(Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        "select c from Conversation c where c.teamId in :teams"
                                + " and c.status in :statuses order by c.dueAt, c.id",
                        Conversation.class)
                .setParameter("teams", teamIds)
                .setParameter(
                        "statuses", List.of(ConversationStatus.NEW, ConversationStatus.IN_PROGRESS))
                .getResultList();
    }

    /** Messages an account wrote since an instant, in any conversation (the rate limit's count). */
    public long messagesWrittenSince(long authorId, Instant since) {
        return entityManager
                .createQuery(
                        "select count(m) from Message m where m.authorId = :author"
                                + " and m.createdAt >= :since",
                        Long.class)
                .setParameter("author", authorId)
                .setParameter("since", since)
                .getSingleResult();
    }
}
