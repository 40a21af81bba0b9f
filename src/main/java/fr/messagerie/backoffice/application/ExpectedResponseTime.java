package fr.messagerie.backoffice.application;

import fr.messagerie.backoffice.domain.ResponseTimeEstimate;
import fr.messagerie.backoffice.domain.WorkingDayCalendar;
import fr.messagerie.backoffice.infrastructure.InboxRepository;
import fr.messagerie.platform.infrastructure.ExpiringMemo;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.referential.domain.Motif;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The answer delay a citizen is told to expect before sending a message on a motif: the median of
 * the first answers of the last days (in working days), once there are enough of them, else the
 * motif's target. For the citizen side's wizard and acknowledgement; the back office owns it
 * because it owns the SLA clock.
 */
@ApplicationScoped
public class ExpectedResponseTime {

    private static final ZoneId PARIS = WorkingDayCalendar.METROPOLITAN_FRANCE;

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Inject private ReferentialCatalog referential;
    @Inject private Clock clock;
    @PersistenceContext private EntityManager entityManager;

    @Inject
    @ConfigProperty(name = "messagerie.expected-response.window-days", defaultValue = "90")
    int windowDays;

    @Inject
    @ConfigProperty(name = "messagerie.expected-response.minimum-answers", defaultValue = "20")
    int minimumAnswers;

    @Inject
    @ConfigProperty(name = "messagerie.expected-response.cache-seconds", defaultValue = "300")
    int cacheSeconds;

    // Read for every acknowledgement, confirmation page and conversation page, and it scans the
    // motif's answers of the whole window: remembered per motif for a few minutes (the flight
    // recorder put it at a quarter of the notification consumers' time).
    private ExpiringMemo<Long, ResponseTimeEstimate> recent;

    @PostConstruct
    void rememberRecentEstimates() {
        recent = new ExpiringMemo<>(Duration.ofSeconds(cacheSeconds), clock);
    }

    /** The estimate for a motif; empty-handed motifs fall back to their SLA target. */
    public ResponseTimeEstimate forMotif(long motifId) {
        return recent.get(motifId, this::estimate);
    }

    private ResponseTimeEstimate estimate(long motifId) {
        int target = referential.motif(motifId).map(Motif::getSlaWorkingDays).orElse(0);
        Instant since = clock.instant().minus(Duration.ofDays(windowDays));
        @SuppressWarnings("unchecked")
        List<Object[]> answered =
                entityManager
                        .createNativeQuery(
                                "select created_at, first_response_at from conversation where"
                                        + " motif_id = ?1 and first_response_at is not null"
                                        + " and created_at >= ?2")
                        .setParameter(1, motifId)
                        .setParameter(2, since.atOffset(ZoneOffset.UTC))
                        .getResultList();
        List<Integer> workingDays =
                answered.stream()
                        .map(
                                row ->
                                        calendar.workingDaysBetween(
                                                localDate(row[0]), localDate(row[1])))
                        .toList();
        return ResponseTimeEstimate.of(workingDays, minimumAnswers, target);
    }

    private static LocalDate localDate(Object timestamp) {
        return InboxRepository.instant(timestamp).atZone(PARIS).toLocalDate();
    }
}
