package fr.messagerie.backoffice.bench;

import fr.messagerie.backoffice.application.InboxFilter;
import fr.messagerie.backoffice.application.InboxSort;
import fr.messagerie.backoffice.application.InboxView;
import fr.messagerie.backoffice.domain.AgentScope;
import fr.messagerie.backoffice.domain.SlaStatus;
import fr.messagerie.backoffice.infrastructure.InboxSql;
import fr.messagerie.backoffice.infrastructure.InboxStatementRunner;
import fr.messagerie.conversation.domain.ConversationStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * Not a test: a harness that seeds a throwaway PostgreSQL database with many conversations and
 * prints the p50/p95 latency of each inbox query the application runs (page, count, and both as one
 * load of the inbox does), with the indexes its plan uses; the plans and the SQL go to {@code
 * target/bench/inbox-plans.txt}. The statements are built by the application's {@link InboxSql} and
 * run by its {@link InboxStatementRunner}, never by a copy.
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
    private static final long RETIREMENT_TEAM = 5;
    private static final int WARM_UP = 10;
    private static final int RUNS = 100;
    private static final int PAGE_SIZE = 20;

    private InboxBenchmark() {}

    public static void main(String[] args) throws Exception {
        int conversations = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        // -Dbench.reuse=true keeps the seeded database (new migrations still run): for iterating.
        boolean reuse = Boolean.getBoolean("bench.reuse");
        if (!reuse) {
            try (Connection admin =
                    DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE);
                admin.createStatement().execute("CREATE DATABASE " + DATABASE);
            }
        }
        String url = SERVER + DATABASE;
        Flyway.configure()
                .dataSource(url, "postgres", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            if (!reuse) {
                long seeded = System.nanoTime();
                seed(db, conversations);
                System.out.printf(
                        "Seeded %,d conversations in %d s%n",
                        conversations, (System.nanoTime() - seeded) / 1_000_000_000L);
            }
            measureAll(db);
        }
    }

    private static void seed(Connection db, int conversations) throws Exception {
        try (Statement sql = db.createStatement()) {
            // The generated rows are consistent by construction: skip the per-row foreign-key
            // triggers, which took most of the seeding time.
            sql.execute("set session_replication_role = replica");
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
            sql.execute("set session_replication_role = origin");
            // What autovacuum does to a settled table: statistics and the visibility map (which
            // index-only scans need).
            sql.execute("vacuum analyze");
        }
    }

    private static void measureAll(Connection db) throws Exception {
        AgentScope family = AgentScope.teams(Set.of(FAMILY_TEAM), true);
        AgentScope twoTeams = AgentScope.teams(Set.of(FAMILY_TEAM, RETIREMENT_TEAM), false);
        Instant now = Instant.now();
        Instant soon = now.plusSeconds(2 * 86_400);
        List<Case> cases =
                List.of(
                        new Case(
                                "first page (open, urgency)",
                                family,
                                InboxFilter.of(InboxView.OPEN),
                                InboxSort.URGENCY,
                                0),
                        new Case(
                                "page 50 (open, urgency)",
                                family,
                                InboxFilter.of(InboxView.OPEN),
                                InboxSort.URGENCY,
                                49 * PAGE_SIZE),
                        new Case(
                                "two teams (open, urgency)",
                                twoTeams,
                                InboxFilter.of(InboxView.OPEN),
                                InboxSort.URGENCY,
                                0),
                        new Case(
                                "admin, all teams (open, urgency)",
                                AgentScope.everything(),
                                InboxFilter.of(InboxView.OPEN),
                                InboxSort.URGENCY,
                                0),
                        new Case(
                                "filtered (status NEW, motif 235)",
                                family,
                                filter(InboxView.OPEN, ConversationStatus.NEW, 235L, null, null),
                                InboxSort.CREATED,
                                0),
                        new Case(
                                "overdue view (urgency)",
                                family,
                                filter(InboxView.OVERDUE, null, null, SlaStatus.OVERDUE, null),
                                InboxSort.URGENCY,
                                0),
                        new Case(
                                "mine (urgency)",
                                family,
                                InboxFilter.of(InboxView.MINE),
                                InboxSort.URGENCY,
                                0),
                        new Case(
                                "unassigned (urgency)",
                                family,
                                InboxFilter.of(InboxView.UNASSIGNED),
                                InboxSort.URGENCY,
                                0),
                        new Case(
                                "all incl. closed (urgency)",
                                family,
                                InboxFilter.of(InboxView.ALL),
                                InboxSort.URGENCY,
                                0),
                        new Case(
                                "full-text 'enfant' (all, urgency)",
                                family,
                                filter(InboxView.ALL, null, null, null, "enfant"),
                                InboxSort.URGENCY,
                                0),
                        new Case(
                                "full-text 'enfant' (all, received)",
                                family,
                                filter(InboxView.ALL, null, null, null, "enfant"),
                                InboxSort.CREATED,
                                0),
                        new Case(
                                "full-text, rare word (all, urgency)",
                                family,
                                filter(InboxView.ALL, null, null, null, "424242"),
                                InboxSort.URGENCY,
                                0),
                        new Case(
                                "full-text 'enfant' (open, urgency)",
                                family,
                                filter(InboxView.OPEN, null, null, null, "enfant"),
                                InboxSort.URGENCY,
                                0),
                        new Case(
                                "citizen name 'Usager 1234'",
                                family,
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
                                InboxSort.CREATED,
                                0));
        Path plans = Path.of("target", "bench", "inbox-plans.txt");
        Files.createDirectories(plans.getParent());
        StringBuilder explained = new StringBuilder();
        System.out.printf(
                "%n%-36s %17s %17s %17s  %s%n",
                "query (agent of one team unless said)",
                "page p50/p95 ms",
                "count p50/p95 ms",
                "both p50/p95 ms",
                "indexes used (EXPLAIN ANALYZE)");
        for (Case query : cases) {
            InboxSql sql = InboxSql.of(query.filter(), query.scope(), BENCH_AGENT, now, soon, true);
            Page page = new Page(sql, query.sort(), query.offset());
            long[] pageTimes = time(db, page, null);
            long[] countTimes = time(db, null, sql);
            long[] both = time(db, page, sql);
            InboxSql.Statement count = sql.count();
            Set<String> indexes = new TreeSet<>();
            explained.append("== ").append(query.name()).append(" ==\n");
            // The page statement as the runner last shaped it (after its probe, if any).
            explain(
                    db,
                    sql.page(query.sort(), true, query.offset(), PAGE_SIZE),
                    explained,
                    indexes);
            explain(db, count, explained, indexes);
            System.out.printf(
                    "%-36s %7.1f / %7.1f %7.1f / %7.1f %7.1f / %7.1f  %s%n",
                    query.name(),
                    p50(pageTimes),
                    p95(pageTimes),
                    p50(countTimes),
                    p95(countTimes),
                    p50(both),
                    p95(both),
                    String.join(", ", indexes));
        }
        Files.writeString(plans, explained);
        System.out.printf(
                "%n\"both\" is what one load of the inbox runs (the count, then the page)."
                        + " Counts stop at %,d. Plans and SQL: %s%n",
                InboxSql.COUNT_LIMIT, plans);
    }

    private record Case(
            String name, AgentScope scope, InboxFilter filter, InboxSort sort, int offset) {}

    private static InboxFilter filter(
            InboxView view, ConversationStatus status, Long motifId, SlaStatus sla, String text) {
        return new InboxFilter(
                view, status, null, null, motifId, null, null, null, sla, null, text);
    }

    private static void explain(
            Connection db, InboxSql.Statement statement, StringBuilder out, Set<String> indexes)
            throws Exception {
        out.append(statement.sql()).append("\n");
        try (PreparedStatement explain =
                        db.prepareStatement("explain (analyze, buffers) " + jdbc(statement.sql()));
                ResultSet plan = bind(explain, statement.parameters()).executeQuery()) {
            while (plan.next()) {
                String line = plan.getString(1);
                out.append(line).append("\n");
                Matcher used = SCAN.matcher(line);
                while (used.find()) {
                    indexes.add(used.group(1) != null ? used.group(1) : "seq " + used.group(2));
                }
            }
        }
        out.append("\n");
    }

    private static final Pattern SCAN =
            Pattern.compile(
                    "(?:Index (?:Only )?Scan|Bitmap Index Scan) (?:Backward )?(?:using|on)"
                            + " (\\w+)|Seq Scan on (\\w+)");

    private record Page(InboxSql sql, InboxSort sort, int offset) {}

    /**
     * Runs the count, then the page (either may be null), {@link #RUNS} times after a warm-up,
     * through the application's own runner (its probe and prepared-statement settings included).
     */
    private static long[] time(Connection db, Page page, InboxSql count) throws Exception {
        long[] times = new long[RUNS];
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            long start = System.nanoTime();
            if (count != null) {
                InboxStatementRunner.count(db, count);
            }
            if (page != null) {
                InboxStatementRunner.page(
                        db, page.sql(), page.sort(), true, page.offset(), PAGE_SIZE);
            }
            if (run >= WARM_UP) {
                times[run - WARM_UP] = System.nanoTime() - start;
            }
        }
        Arrays.sort(times);
        return times;
    }

    private static PreparedStatement bind(PreparedStatement statement, List<Object> parameters)
            throws Exception {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static double p50(long[] sorted) {
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double p95(long[] sorted) {
        return sorted[sorted.length * 95 / 100] / 1e6;
    }

    /**
     * The application binds ?1, ?2... (JPA native queries), numbered in order of appearance; plain
     * JDBC wants bare ?.
     */
    private static String jdbc(String sql) {
        return sql.replaceAll("\\?\\d+", "?");
    }
}
