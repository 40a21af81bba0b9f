package fr.messagerie.backoffice.application;

import fr.messagerie.backoffice.domain.AgentScope;
import fr.messagerie.backoffice.domain.CannedResponse;
import fr.messagerie.backoffice.domain.ConversationEvent;
import fr.messagerie.backoffice.domain.ConversationNote;
import fr.messagerie.backoffice.domain.SlaClock;
import fr.messagerie.backoffice.domain.WorkingDayCalendar;
import fr.messagerie.conversation.domain.Conversation;
import fr.messagerie.conversation.domain.Message;
import fr.messagerie.referential.application.ReferentialCatalog;
import fr.messagerie.referential.domain.Motif;
import fr.messagerie.referential.domain.ReferentialEntry;
import fr.messagerie.referential.domain.Subject;
import fr.messagerie.referential.domain.Team;
import fr.messagerie.referential.domain.Theme;
import fr.messagerie.security.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one conversation for an agent: the thread, the citizen's context, notes, history, the
 * canned responses that fit and the colleagues it can be given to. Names are fetched in one query
 * for all the authors on the page.
 */
@ApplicationScoped
public class AgentConversations {

    private static final int PREVIOUS_SHOWN = 10;

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Inject private AgentAccess access;
    @Inject private ReferentialCatalog referential;
    @Inject private Clock clock;
    @PersistenceContext private EntityManager entityManager;

    /**
     * @throws fr.messagerie.conversation.application.ConversationNotFoundException outside the
     *     agent's scope
     */
    @Transactional
    public ConversationDetail detail(Account agent, long conversationId, Locale locale) {
        AgentScope scope = access.scopeOf(agent);
        Conversation conversation = access.conversation(agent, conversationId);
        Account citizen = entityManager.find(Account.class, conversation.getCitizenId());
        Motif motif = referential.motif(conversation.getMotifId()).orElseThrow();
        Team team = entityManager.find(Team.class, conversation.getTeamId());
        List<Message> messages = conversation.getMessages();
        List<ConversationNote> notes =
                entityManager
                        .createQuery(
                                "select n from ConversationNote n where n.conversationId = :c"
                                        + " order by n.createdAt, n.id",
                                ConversationNote.class)
                        .setParameter("c", conversationId)
                        .getResultList();
        List<ConversationEvent> events =
                entityManager
                        .createQuery(
                                "select e from ConversationEvent e where e.conversationId = :c"
                                        + " order by e.occurredAt, e.id",
                                ConversationEvent.class)
                        .setParameter("c", conversationId)
                        .getResultList();
        Set<Long> people = new HashSet<>();
        messages.forEach(m -> people.add(m.getAuthorId()));
        notes.forEach(n -> people.add(n.getAuthorId()));
        events.forEach(e -> people.add(e.getActorId()));
        conversation.assigneeId().ifPresent(people::add);
        Map<Long, String> names = names(people);

        String citizenName = citizen.getDisplayName();
        SlaClock sla =
                conversation.firstResponseAt().isEmpty() && !isClosed(conversation)
                        ? SlaClock.of(
                                conversation.getDueAt(),
                                clock.instant(),
                                WorkingDayCalendar.METROPOLITAN_FRANCE,
                                calendar)
                        : null;
        return new ConversationDetail(
                conversation.getId(),
                conversation.getReference(),
                conversation.getStatus().name(),
                conversation.getCreatedAt(),
                conversation.getDueAt(),
                conversation.firstResponseAt().orElse(null),
                team.getId(),
                team.getLabel().in(locale),
                motif.getId(),
                motif.getTheme().getLabel().in(locale)
                        + " › "
                        + motif.getSubject().getLabel().in(locale)
                        + " › "
                        + motif.getLabel().in(locale),
                conversation.assigneeId().orElse(null),
                conversation.assigneeId().map(names::get).orElse(null),
                sla,
                citizenContext(citizen, conversation, scope),
                messages.stream()
                        .map(
                                m ->
                                        new ConversationDetail.Entry(
                                                m.getAuthorKind().name(),
                                                names.get(m.getAuthorId()),
                                                m.getBody(),
                                                m.getCreatedAt()))
                        .toList(),
                notes.stream()
                        .map(
                                n ->
                                        new ConversationDetail.Entry(
                                                "NOTE",
                                                names.get(n.getAuthorId()),
                                                n.getBody(),
                                                n.getCreatedAt()))
                        .toList(),
                events.stream()
                        .map(
                                e ->
                                        new ConversationDetail.Entry(
                                                e.getKind().name(),
                                                names.get(e.getActorId()),
                                                e.detail().orElse(""),
                                                e.getOccurredAt()))
                        .toList(),
                cannedResponses(conversation, citizenName),
                teamMembers(conversation.getTeamId()));
    }

    /** Active motifs an agent may re-route to, in taxonomy order. */
    public List<ConversationDetail.Option> motifs(Locale locale) {
        return entityManager
                .createQuery(
                        "select m from Motif m where m.active = true order by"
                                + " m.subject.theme.sortOrder, m.subject.sortOrder, m.sortOrder",
                        Motif.class)
                .setHint(ReferentialEntry.READ_ONLY, "true")
                .getResultList()
                .stream()
                .map(
                        m ->
                                new ConversationDetail.Option(
                                        m.getId(),
                                        m.getSubject().getLabel().in(locale)
                                                + " › "
                                                + m.getLabel().in(locale),
                                        m.getCode()))
                .toList();
    }

    /**
     * Every theme, deactivated ones included: the inbox filters conversations that may have been
     * opened before a theme was withdrawn.
     */
    public List<ConversationDetail.Option> themes(Locale locale) {
        return entityManager
                .createQuery("select t from Theme t order by t.sortOrder, t.id", Theme.class)
                .setHint(ReferentialEntry.READ_ONLY, "true")
                .getResultList()
                .stream()
                .map(
                        t ->
                                new ConversationDetail.Option(
                                        t.getId(), t.getLabel().in(locale), t.getCode()))
                .toList();
    }

    /** Every subject, deactivated ones included, named with its theme. */
    public List<ConversationDetail.Option> subjects(Locale locale) {
        return entityManager
                .createQuery(
                        "select s from Subject s order by s.theme.sortOrder, s.sortOrder, s.id",
                        Subject.class)
                .setHint(ReferentialEntry.READ_ONLY, "true")
                .getResultList()
                .stream()
                .map(
                        s ->
                                new ConversationDetail.Option(
                                        s.getId(),
                                        s.getTheme().getLabel().in(locale)
                                                + " › "
                                                + s.getLabel().in(locale),
                                        s.getCode()))
                .toList();
    }

    /** The agents a conversation of the agent's scope may be assigned to: members of its teams. */
    @SuppressWarnings("unchecked")
    public List<ConversationDetail.Option> assignees(Account agent) {
        AgentScope scope = access.scopeOf(agent);
        if (scope.isEmpty()) {
            return List.of();
        }
        List<Long> teams = scope.teamIds().stream().sorted().toList();
        StringBuilder sql =
                new StringBuilder(
                        "select distinct a.id, a.display_name from team_member tm join account a"
                                + " on a.id = tm.account_id");
        if (!scope.allTeams()) {
            sql.append(" where tm.team_id in (");
            for (int i = 1; i <= teams.size(); i++) {
                sql.append(i == 1 ? "?" : ", ?").append(i);
            }
            sql.append(")");
        }
        sql.append(" order by a.display_name, a.id");
        var query = entityManager.createNativeQuery(sql.toString());
        if (!scope.allTeams()) {
            for (int i = 0; i < teams.size(); i++) {
                query.setParameter(i + 1, teams.get(i));
            }
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(
                        r ->
                                new ConversationDetail.Option(
                                        ((Number) r[0]).longValue(), (String) r[1], ""))
                .toList();
    }

    public List<ConversationDetail.Option> teams(Locale locale) {
        return entityManager
                .createQuery("select t from Team t where t.active = true order by t.id", Team.class)
                .setHint(ReferentialEntry.READ_ONLY, "true")
                .getResultList()
                .stream()
                .map(
                        t ->
                                new ConversationDetail.Option(
                                        t.getId(), t.getLabel().in(locale), t.getCode()))
                .toList();
    }

    private ConversationDetail.CitizenContext citizenContext(
            Account citizen, Conversation conversation, AgentScope scope) {
        List<Conversation> others =
                entityManager
                        .createQuery(
                                "select c from Conversation c where c.citizenId = :citizen and c.id"
                                        + " <> :id order by c.createdAt desc",
                                Conversation.class)
                        .setParameter("citizen", citizen.getId())
                        .setParameter("id", conversation.getId())
                        .getResultList();
        List<ConversationDetail.Previous> visible =
                others.stream()
                        .filter(c -> scope.includes(c.getTeamId()))
                        .limit(PREVIOUS_SHOWN)
                        .map(
                                c ->
                                        new ConversationDetail.Previous(
                                                c.getId(),
                                                c.getReference(),
                                                c.getStatus().name(),
                                                c.getCreatedAt()))
                        .toList();
        return new ConversationDetail.CitizenContext(
                citizen.getDisplayName(),
                conversation.getAudience(),
                citizen.email().isPresent(),
                citizen.mobile().isPresent() && citizen.isSmsOptIn(),
                visible,
                others.size());
    }

    private List<ConversationDetail.Option> cannedResponses(
            Conversation conversation, String citizenName) {
        return entityManager
                .createQuery(
                        "select r from CannedResponse r where r.active = true and (r.motifId ="
                                + " :motif or r.teamId = :team) order by r.sortOrder, r.id",
                        CannedResponse.class)
                .setParameter("motif", conversation.getMotifId())
                .setParameter("team", conversation.getTeamId())
                .getResultList()
                .stream()
                .map(
                        r ->
                                new ConversationDetail.Option(
                                        r.getId(),
                                        r.getTitle(),
                                        r.renderFor(citizenName, conversation.getReference())))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<ConversationDetail.Option> teamMembers(long teamId) {
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "select a.id, a.display_name from team_member tm join account a on"
                                    + " a.id = tm.account_id where tm.team_id = ?1 and a.active ="
                                    + " true order by a.display_name")
                        .setParameter(1, teamId)
                        .getResultList();
        return rows.stream()
                .map(
                        r ->
                                new ConversationDetail.Option(
                                        ((Number) r[0]).longValue(), (String) r[1], ""))
                .toList();
    }

    private Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        entityManager
                .createQuery(
                        "select a.id, a.displayName from Account a where a.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    private static boolean isClosed(Conversation conversation) {
        return conversation.getStatus()
                == fr.messagerie.conversation.domain.ConversationStatus.CLOSED;
    }
}
