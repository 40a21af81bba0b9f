package fr.messagerie.backoffice.application;

import fr.messagerie.backoffice.domain.AgentScope;
import fr.messagerie.backoffice.domain.InboxCount;
import fr.messagerie.backoffice.domain.SlaClock;
import fr.messagerie.backoffice.domain.WorkingDayCalendar;
import fr.messagerie.backoffice.infrastructure.InboxRepository;
import fr.messagerie.backoffice.infrastructure.InboxSql;
import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The team inboxes: one page of conversations within the agent's scope, filtered, sorted and paged
 * by the database, with the deadline clock computed for the rows shown.
 */
@ApplicationScoped
public class AgentInbox {

    static final ZoneId PARIS = WorkingDayCalendar.METROPOLITAN_FRANCE;

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Inject private AgentAccess access;
    @Inject private InboxRepository repository;
    @Inject private Clock clock;

    /** How many conversations of the agent's scope match the filter, up to a limit. */
    public InboxCount count(Account agent, InboxFilter filter) {
        return InboxCount.of(
                repository.count(sql(agent, filter, clock.instant())), InboxSql.COUNT_LIMIT);
    }

    /** One page of them, in the asked order, labels in the page's language. */
    public List<InboxRow> rows(
            Account agent,
            InboxFilter filter,
            InboxSort sort,
            boolean ascending,
            int offset,
            int limit,
            Locale locale) {
        Instant now = clock.instant();
        InboxSql sql = sql(agent, filter, now);
        boolean english = "en".equals(locale.getLanguage());
        return repository.page(sql, sort, ascending, offset, limit).stream()
                .map(row -> toRow(row, english, now))
                .toList();
    }

    private InboxSql sql(Account agent, InboxFilter filter, Instant now) {
        AgentScope scope = access.scopeOf(agent);
        return InboxSql.of(
                filter, scope, agent.getId(), now, dueSoonLimit(now), repository.isPostgres());
    }

    /** "Due soon" ends with the next working day, as {@code SlaStatus} counts it. */
    Instant dueSoonLimit(Instant now) {
        LocalDate nextWorkingDay = calendar.addWorkingDays(now.atZone(PARIS).toLocalDate(), 1);
        return nextWorkingDay.atTime(LocalTime.MAX).atZone(PARIS).toInstant();
    }

    private InboxRow toRow(Object[] row, boolean english, Instant now) {
        String status = (String) row[2];
        Instant dueAt = InboxRepository.instant(row[4]);
        Instant firstResponse = InboxRepository.instant(row[5]);
        SlaClock sla =
                firstResponse == null && !"CLOSED".equals(status)
                        ? SlaClock.of(dueAt, now, PARIS, calendar)
                        : null;
        return new InboxRow(
                ((Number) row[0]).longValue(),
                (String) row[1],
                status,
                InboxRepository.instant(row[3]),
                dueAt,
                (String) row[6],
                (String) row[english ? 8 : 7],
                (String) row[english ? 10 : 9],
                (String) row[english ? 12 : 11],
                (String) row[english ? 14 : 13],
                (String) row[15],
                sla);
    }
}
