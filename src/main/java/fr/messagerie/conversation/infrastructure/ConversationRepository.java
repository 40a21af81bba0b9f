package fr.messagerie.conversation.infrastructure;

import fr.messagerie.conversation.domain.AuthorKind;
import fr.messagerie.conversation.domain.Conversation;
import fr.messagerie.conversation.domain.ConversationStatus;
import fr.messagerie.conversation.domain.OnlineServiceOffer;
import fr.messagerie.security.application.SentMessageCounter.RecentMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
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

    /**
     * The citizen's latest conversations, newest first. The order names the citizen although it is
     * fixed: H2 keeps a page in the (citizen, creation date, id) index's order only when the ORDER
     * BY lists the index's columns from the first (V69); otherwise it reads and sorts the citizen's
     * whole history. The bound on the creation date changes no result (nothing is created a day
     * ahead): it makes H2's planner prefer that index to the foreign key's index on the citizen.
     */
    public List<CitizenListRow> listOfCitizen(
            long citizenId, boolean includeHidden, int limit, Instant now) {
        return entityManager
                .createQuery(
                        "select new fr.messagerie.conversation.infrastructure.CitizenListRow("
                                + "c.id, c.reference, c.motifId, c.createdAt, c.updatedAt,"
                                + " c.status, c.hiddenByCitizen)"
                                + " from Conversation c where c.citizenId = :citizen"
                                + " and c.createdAt < :horizon"
                                + (includeHidden ? "" : " and c.hiddenByCitizen = false")
                                + " order by c.citizenId, c.createdAt desc, c.id desc",
                        CitizenListRow.class)
                .setParameter("citizen", citizenId)
                .setParameter("horizon", now.plus(Duration.ofDays(1)))
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The institution's unread replies in each of these conversations (those with none are left
     * out). A second statement over the listed ids, not a subquery of the list's: the database
     * evaluated that subquery for each of the citizen's conversations before keeping twenty, so the
     * page's cost grew with the citizen's history.
     */
    public Map<Long, Long> unreadRepliesIn(Collection<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createQuery(
                        "select m.conversation.id, count(m) from Message m"
                                + " where m.conversation.id in :ids and m.readAt is null"
                                + " and m.authorKind <> :citizenKind group by m.conversation.id",
                        Object[].class)
                .setParameter("ids", conversationIds)
                .setParameter("citizenKind", AuthorKind.CITIZEN)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
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

    /**
     * Messages an account wrote in any conversation since each of two instants (the rate limit's
     * counts; {@code hourAgo} is the later), in one statement.
     */
    public RecentMessages messagesWrittenSince(long authorId, Instant hourAgo, Instant dayAgo) {
        Object[] counts =
                entityManager
                        .createQuery(
                                "select count(m), sum(case when m.createdAt >= :hour then 1 else 0"
                                        + " end) from Message m where m.authorId = :author"
                                        + " and m.createdAt >= :day",
                                Object[].class)
                        .setParameter("author", authorId)
                        .setParameter("hour", hourAgo)
                        .setParameter("day", dayAgo)
                        .getSingleResult();
        long lastDay = ((Number) counts[0]).longValue();
        long lastHour = counts[1] == null ? 0 : ((Number) counts[1]).longValue();
        return new RecentMessages(lastHour, lastDay);
    }
}
