package fr.messagerie.conversation.application;

import fr.messagerie.conversation.domain.OnlineServiceChoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * Facts for the statistics export, read from conversations and offers; anonymised conversations
 * count like the others, which is why anonymising keeps motif, team and dates.
 */
@ApplicationScoped
public class ConversationStatistics {

    @PersistenceContext private EntityManager entityManager;

    /** Motifs with a conversation or an offer in [from, to), in id order. */
    public List<Long> motifsActiveBetween(Instant from, Instant to) {
        TreeSet<Long> ids = new TreeSet<>();
        ids.addAll(
                entityManager
                        .createQuery(
                                "select distinct c.motifId from Conversation c"
                                        + " where c.createdAt >= :from and c.createdAt < :to",
                                Long.class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList());
        ids.addAll(
                entityManager
                        .createQuery(
                                "select distinct o.motifId from OnlineServiceOffer o"
                                        + " where o.occurredAt >= :from and o.occurredAt < :to",
                                Long.class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList());
        return List.copyOf(ids);
    }

    public MotifMonthFacts factsOf(long motifId, Instant from, Instant to) {
        List<Object[]> conversations =
                entityManager
                        .createQuery(
                                "select c.createdAt, c.firstResponseAt from Conversation c"
                                        + " where c.motifId = :motif and c.createdAt >= :from"
                                        + " and c.createdAt < :to",
                                Object[].class)
                        .setParameter("motif", motifId)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList();
        List<Duration> responses =
                conversations.stream()
                        .filter(row -> row[1] != null)
                        .map(row -> Duration.between((Instant) row[0], (Instant) row[1]))
                        .toList();
        List<Object[]> offers =
                entityManager
                        .createQuery(
                                "select o.choice, count(o) from OnlineServiceOffer o"
                                        + " where o.motifId = :motif and o.occurredAt >= :from"
                                        + " and o.occurredAt < :to group by o.choice",
                                Object[].class)
                        .setParameter("motif", motifId)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList();
        long total = 0;
        long used = 0;
        for (Object[] row : offers) {
            long count = ((Number) row[1]).longValue();
            total += count;
            if (row[0] == OnlineServiceChoice.USED_SERVICE) {
                used += count;
            }
        }
        return new MotifMonthFacts(motifId, conversations.size(), responses, total, used);
    }
}
