package fr.messagerie.appointment.infrastructure;

import fr.messagerie.appointment.domain.Appointment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Appointment requests by citizen, by team, by reference. */
@ApplicationScoped
public class AppointmentRepository {

    @PersistenceContext private EntityManager entityManager;

    public void add(Appointment appointment) {
        entityManager.persist(appointment);
    }

    public boolean referenceExists(String reference) {
        return findByReference(reference).isPresent();
    }

    public Optional<Appointment> findByReference(String reference) {
        return entityManager
                .createQuery(
                        "select a from Appointment a where a.reference = :reference",
                        Appointment.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    /**
     * Newest first. The order names the citizen and the date has a bound a day ahead (no result
     * changes) for H2 to read one page in the (citizen, date, id) index's order, as the home list
     * does (ConversationRepository.listOfCitizen, V69).
     */
    public List<Appointment> ofCitizen(long citizenId, int limit, Instant now) {
        return entityManager
                .createQuery(
                        "select a from Appointment a where a.citizenId = :citizen"
                                + " and a.createdAt < :horizon"
                                + " order by a.citizenId, a.createdAt desc, a.id desc",
                        Appointment.class)
                .setParameter("citizen", citizenId)
                .setParameter("horizon", now.plus(Duration.ofDays(1)))
                .setMaxResults(limit)
                .getResultList();
    }

    /** Requests routed to these teams, those waiting for an agent first; null teams = all. */
    public List<Appointment> ofTeams(Collection<Long> teamIds, int limit) {
        if (teamIds != null && teamIds.isEmpty()) {
            return List.of();
        }
        var query =
                entityManager.createQuery(
                        "select a from Appointment a"
                                + (teamIds == null ? "" : " where a.teamId in :teams")
                                + " order by a.createdAt desc, a.id desc",
                        Appointment.class);
        if (teamIds != null) {
            query.setParameter("teams", teamIds);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
