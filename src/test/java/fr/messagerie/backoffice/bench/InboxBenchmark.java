package fr.messagerie.backoffice.bench;

import fr.messagerie.backoffice.application.InboxFilter;
import fr.messagerie.backoffice.application.InboxSort;
import fr.messagerie.backoffice.application.InboxView;
import fr.messagerie.backoffice.domain.AgentScope;
import fr.messagerie.backoffice.domain.SlaStatus;
import fr.messagerie.backoffice.infrastructure.InboxSql;
import fr.messagerie.conversation.domain.ConversationStatus;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;

/**
 * Not a test: a harness that seeds a throwaway PostgreSQL database with many conversations and
 * prints the p50/p95 latency of each inbox query the application runs, next to its SQL.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=fr.messagerie.backoffice.bench.InboxBenchmark -Dexec.args="1000000"}. It drops
 * and recreates the database {@code messagerie_bench} on 127.0.0.1:5432 (user postgres, trust),
 * migrates it with the application's Flyway scripts (so the indexes measured are the shipped ones)
 * and seeds it with set-based SQL.
 */
public final class InboxBenchmark {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "messagerie_bench";
    private static final long FAMILY_TEAM = 3;
    private static final long BENCH_AGENT = 99_999;
    private static final int WARM_UP = 10;
    private static final int RUNS = 50;

    private InboxBenchmark() {}

    public static void main(String[] args) throws Exception {
        int conversations = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE);
            admin.createStatement().execute("CREATE DATABASE " + DATABASE);
        }
        String url = SERVER + DATABASE;
        Flyway.configure()
                .dataSource(url, "postgres", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            long seeded = System.nanoTime();
            seed(db, conversations);
            System.out.printf(
                    "Seeded %,d conversations in %d s%n",
                    conversations, (System.nanoTime() - seeded) / 1_000_000_000L);
            measureAll(db);
        }
    }

    private static void seed(Connection db, int conversations) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.execute(
                    "insert into account (id, login, kind, display_name, audience, locale, active,"
                            + " sms_opt_in) select 100000 + g, 'bench-' || g, 'CITIZEN', 'Usager "
                            + "' || g, 'PARTICULIER', 'fr', true, true from generate_series(1,"
                            + " 20000) g");
            sql.execute(
                    "insert into account (id, login, kind, display_name, locale, active,"
                            + " sms_opt_in) values ("
                            + BENCH_AGENT
                            + ", 'bench-agent', 'AGENT', 'Agent Banc', 'fr', true, true)");
            sql.execute(
                    "insert into team_member (team_id, account_id, team_lead) values ("
                            + FAMILY_TEAM
                            + ", "
                            + BENCH_AGENT
                            + ", true)");
            sql.execute(
                    "create temp table bench_motif as select (row_number() over (order by id)) -"
                            + " 1 as n, id, team_id, sla_working_days from motif");
            sql.execute(
                    "insert into conversation (id, reference, submission_token, citizen_id,"
                            + " audience, motif_id, team_id, assignee_id, status, created_at,"
                            + " updated_at, due_at, first_response_at, closed_at, version)"
                            + " select g, 'MSG-B-' || lpad(g::text, 10, '0'),"
                            + " md5(g::text)::uuid::text, 100001 + (g % 20000), 'PARTICULIER',"
                            + " m.id, m.team_id, case when g % 10 in (7, 8) then "
                            + BENCH_AGENT
                            + " end, case when g % 10 < 6 then 'CLOSED' when g % 10 = 6 then"
                            + " 'NEW' when g % 10 = 7 then 'IN_PROGRESS' when g % 10 = 8 then"
                            + " 'ANSWERED' else 'WAITING_CITIZEN' end, t.created, t.created,"
                            + " t.created + m.sla_working_days * interval '1 day' * 1.4, case"
                            + " when g % 10 in (6, 7) then null else t.created + (g % 72) *"
                            + " interval '1 hour' end, case when g % 10 < 6 then t.created +"
                            + " interval '5 days' end, 0 from generate_series(1, "
                            + conversations
                            + ") g join bench_motif m on m.n = g % (select count(*) from"
                            + " bench_motif) cross join lateral (select now() - (g % 400) *"
                            + " interval '1 day' - (g % 86400) * interval '1 second' as created)"
                            + " t");
            sql.execute(
                    "insert into message (id, conversation_id, author_kind, author_id, body,"
                            + " created_at) select c.id, c.id, 'CITIZEN', c.citizen_id,"
                            + " (array['Nous avons eu un enfant, que dois-je déclarer ?',"
                            + " 'Mon déménagement change-t-il mes droits au logement ?', 'Je"
                            + " n''ai pas reçu mon paiement ce mois-ci.', 'Quand serai-je"
                            + " remboursé de ma consultation ?', 'Je souhaite une attestation"
                            + " de droits pour la mutuelle.', 'Ma situation professionnelle a"
                            + " changé le mois dernier.', 'Comment déclarer mes ressources"
                            + " trimestrielles ?', 'Mon quotient familial semble erroné.'])[1 +"
                            + " c.id % 8] || ' Dossier ' || c.id, c.created_at from"
                            + " conversation c");
            sql.execute("analyze");
        }
    }

    private static void measureAll(Connection db) throws Exception {
        AgentScope family = AgentScope.teams(Set.of(FAMILY_TEAM), true);
        Instant now = Instant.now();
        Instant soon = now.plusSeconds(2 * 86_400);
        measure(
                db,
                "first page (open, urgency)",
                InboxSql.of(InboxFilter.of(InboxView.OPEN), family, BENCH_AGENT, now, soon, true),
                InboxSort.URGENCY);
        measure(
                db,
                "filtered (status NEW, motif 235)",
                InboxSql.of(
                        new InboxFilter(
                                InboxView.OPEN,
                                ConversationStatus.NEW,
                                null,
                                null,
                                235L,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        family,
                        BENCH_AGENT,
                        now,
                        soon,
                        true),
                InboxSort.CREATED);
        measure(
                db,
                "SLA-sorted (overdue view)",
                InboxSql.of(
                        new InboxFilter(
                                InboxView.OVERDUE,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                SlaStatus.OVERDUE,
                                null,
                                null),
                        family,
                        BENCH_AGENT,
                        now,
                        soon,
                        true),
                InboxSort.URGENCY);
        measure(
                db,
                "mine",
                InboxSql.of(InboxFilter.of(InboxView.MINE), family, BENCH_AGENT, now, soon, true),
                InboxSort.URGENCY);
        measure(
                db,
                "full-text 'enfant'",
                InboxSql.of(
                        new InboxFilter(
                                InboxView.ALL,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "enfant"),
                        family,
                        BENCH_AGENT,
                        now,
                        soon,
                        true),
                InboxSort.CREATED);
        measure(
                db,
                "citizen name",
                InboxSql.of(
                        new InboxFilter(
                                InboxView.ALL,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "Usager 1234",
                                null),
                        family,
                        BENCH_AGENT,
                        now,
                        soon,
                        true),
                InboxSort.CREATED);
    }

    private static void measure(Connection db, String name, InboxSql query, InboxSort sort)
            throws Exception {
        String page = jdbc(query.pageSql(sort, true, 0, 20));
        String count = jdbc(query.countSql());
        List<Object> parameters = query.parameters();
        long[] pageTimes = time(db, page, parameters);
        long[] countTimes = time(db, count, parameters);
        System.out.printf(
                "%-34s page p50 %6.1f ms p95 %6.1f ms | count p50 %7.1f ms p95 %7.1f ms%n    %s%n",
                name,
                pageTimes[RUNS / 2] / 1e6,
                pageTimes[RUNS * 95 / 100] / 1e6,
                countTimes[RUNS / 2] / 1e6,
                countTimes[RUNS * 95 / 100] / 1e6,
                page);
    }

    private static long[] time(Connection db, String sql, List<Object> parameters)
            throws Exception {
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            long start = System.nanoTime();
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    Object value = parameters.get(i);
                    statement.setObject(
                            i + 1,
                            value instanceof Instant instant
                                    ? instant.atOffset(ZoneOffset.UTC)
                                    : value);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
            }
            if (run >= WARM_UP) {
                times.add(System.nanoTime() - start);
            }
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    /** The application binds ?1, ?2 (JPA native queries); plain JDBC wants bare ?. */
    private static String jdbc(String sql) {
        return sql.replaceAll("\\?\\d+", "?");
    }
}
