package fr.messagerie.security.infrastructure;

import fr.messagerie.security.domain.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes audit events. Insert only, on purpose: there is no find-and-change or delete here, and
 * reading the trail is the job of investigators with database access, not of the application.
 */
@ApplicationScoped
public class AuditEventStore {

    @PersistenceContext private EntityManager entityManager;

    public void insert(AuditEvent event) {
        entityManager.persist(event);
    }
}
