package org.harbour.performance.benchmark;

import org.harbour.core.activity.application.ActivityTimescales;
import org.harbour.core.person.domain.PhoneticName;
import org.harbour.core.spi.calendar.Timescales;
import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.performance.indicators.domain.ComputedIndicator;
import org.harbour.performance.indicators.domain.ComputedIndicators;
import org.harbour.performance.indicators.domain.Figure;
import org.harbour.performance.indicators.domain.FigureCalculator;
import org.harbour.performance.indicators.domain.Window;
import org.harbour.performance.populations.domain.AgeBand;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Times the scorecard at the scale of a large English authority: about 2,000 children in care,
 * 12,000 open cases and five years of history. Not a test; prints figures.
 * <ol>
 *   <li>starts the built portal once on a throw-away data directory, so its own migrations create
 *       the schema and the demo accounts exist (then stops it);</li>
 *   <li>generates the case data straight into that Derby database;</li>
 *   <li>times a full recalculation (every computed indicator, 13 months) in this JVM, on the same
 *       code the portal runs;</li>
 *   <li>times the same aggregation done by the database alone ({@link SqlFloor}), the floor;</li>
 *   <li>starts the portal again, lets its month-end job freeze the 13 months, times the portal's
 *       recalculation of the 13 months as an analyst asks for it, beside the floor with the ratio, and
 *       times the scorecard page as a signed-in user fetches it.</li>
 * </ol>
 * Run: {@code ./mvnw -o -q -pl module-performance -am -Pbenchmark -DskipTests verify}
 * after the portal has been packaged ({@code ./mvnw -o -q -DskipTests package}).
 */
public final class ScorecardBenchmark {

    private static final Random RANDOM = new Random(42);
    private static final LocalDate TODAY = LocalDate.now();
    private static final int CHILDREN = Integer.getInteger("bench.children", 40_000);
    private static final int OPEN_CASES = Integer.getInteger("bench.open-cases", 12_000);
    private static final int IN_CARE = Integer.getInteger("bench.in-care", 2_000);
    private static final int WORKERS = 700;
    private static final int CARE_LEAVERS = 1_500;
    private static final String[] LEFT_CARE = {"E4A", "E4A", "E4B", "E45", "E46", "E11", "E13", "E8", "E17"};
    private static final String[] CATEGORIES = {"NEG", "NEG", "NEG", "EMO", "EMO", "PHY", "SAB", "MUL"};
    private static final String[] ACTIVITIES = {"F1", "F2", "P1", "P2", "G4", "G5", "G6"};

    private ScorecardBenchmark() {
    }

    /** Where the benchmark runs: the portal's embedded Derby, or a PostgreSQL server as a cluster uses. */
    enum Database {
        DERBY, POSTGRESQL;

        String label() {
            return this == DERBY ? "Derby" : "PostgreSQL";
        }
    }

    /** What each database's run printed last, gathered so the two stand side by side at the end. */
    private static final List<String> SUMMARY = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        // The PostgreSQL database the build made afresh for this run (scripts/ensure-postgres.sh).
        String pgDatabase = args.length > 1 ? args[1] : null;
        Path war = root.resolve("platform-portal/target/harbour.war");
        Path micro = root.resolve("platform-portal/target/payara-micro.jar");
        if (!Files.isRegularFile(war) || !Files.isRegularFile(micro)) {
            throw new IllegalStateException("Package the portal first: ./mvnw -o -q -DskipTests install");
        }
        // -Dbench.databases=derby or =postgresql runs one of them.
        for (String name : System.getProperty("bench.databases", "derby,postgresql").split(",")) {
            Database database = Database.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
            if (database == Database.POSTGRESQL && (pgDatabase == null || pgDatabase.isBlank())) {
                throw new IllegalStateException("No PostgreSQL database named: run through the benchmark profile");
            }
            System.out.printf("%n==== %s ====%n", database.label());
            try {
                run(database, root, micro, war, pgDatabase);
            } catch (Exception | AssertionError e) {
                // One database's failure is reported and the other still runs.
                e.printStackTrace(System.out);
                SUMMARY.add(database.label() + ": the run failed: " + e);
            }
        }
        System.out.printf("%n==== Summary (load average %s) ====%n", loadAverage());
        SUMMARY.forEach(System.out::println);
    }

    private static void run(Database database, Path root, Path micro, Path war, String pgDatabase) throws Exception {
        Path dir = root.resolve(database == Database.DERBY ? "module-performance/target/benchmark"
                : "module-performance/target/benchmark-postgresql");
        // -Dbench.reuse=true times again on the Derby data a previous run generated.
        boolean reuse = database == Database.DERBY && Boolean.getBoolean("bench.reuse")
                && Files.isDirectory(dir.resolve("derby"));
        if (!reuse) {
            deleteTree(dir);
            Files.createDirectories(dir);
        }
        int drawn = 18_080 + RANDOM.nextInt(500);
        // -Dbench.port=... when two runs share a machine.
        int port = Integer.getInteger("bench.port", drawn);
        String url = database == Database.DERBY ? "jdbc:derby:" + dir.resolve("derby")
                : "jdbc:postgresql://127.0.0.1:5432/" + pgDatabase;
        List<String> portalOptions = database == Database.DERBY ? List.of()
                : List.of("-Dharbour.db.url=" + url);

        if (!reuse) {
            long t0 = System.nanoTime();
            Process first = startPortal(micro, war, dir, port, true, portalOptions);
            awaitReady(port, first);
            stop(first);
            System.out.printf("Schema and demo accounts created by the portal in %.1f s%n", seconds(t0));
        }

        double inJvm;
        double sqlFloor;
        portalFigures = null;
        // The portal connects as harbour, so its tables live in the HARBOUR schema (Derby) or harbour's database.
        try (Connection c = DriverManager.getConnection(url, "harbour", "harbour")) {
            c.setAutoCommit(false);
            if (!reuse) {
                long g = System.nanoTime();
                long rows = generate(c);
                c.commit();
                System.out.printf("Generated %,d rows (%,d children, %,d open cases, %,d in care) in %.1f s%n",
                        rows, CHILDREN, OPEN_CASES, IN_CARE, seconds(g));
            }
            phoneticKeys(c);
            c.commit();
            String year = database == Database.DERBY ? "year(start_date)" : "cast(extract(year from start_date) as int)";
            try (Statement s = c.createStatement()) {
                s.executeUpdate("delete from performance_figure");
                s.executeUpdate("delete from performance_snapshot");
                s.executeUpdate("delete from performance_population");
                // As on a first start: the month-end job is due at once.
                s.executeUpdate("delete from core_job_lease where job_key = 'performance:month-end-snapshots'");
                s.executeUpdate("insert into performance_population (population_year, age_band, population, version) "
                        + "select distinct " + year + ", 'CHILDREN_0_17', 280000, 0 from core_involvement");
            }
            c.commit();
            if (database == Database.POSTGRESQL) {
                // A server's autovacuum would have analysed tables this size long before month end.
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("analyze");
                }
                c.setAutoCommit(false);
            }
            dataSizes = sizes(c);
            System.out.printf("Data: %s%n", dataSizes);
            // -Dbench.floor-only=true times the SQL floor alone, on data generated before.
            if (Boolean.getBoolean("bench.floor-only")) {
                sqlFloor(c, database);
                c.commit();
                return;
            }
            inJvm = recalculate(c);
            c.commit();
            sqlFloor = sqlFloor(c, database);
            c.commit();
            System.out.printf("Counting alone in this JVM: %.2f s, %.1f times the SQL floor%n", inJvm, inJvm / sqlFloor);
        }
        if (database == Database.DERBY) {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception.
            }
        }

        portalLog = dir.resolve("portal.log");
        Process second = startPortal(micro, war, dir, port, false, portalOptions);
        try {
            awaitReady(port, second);
            timePage(port, sqlFloor, database);
        } finally {
            stop(second);
        }
    }

    private static String dataSizes;

    /** The sizes that matter to the figures, as the run's data holds them. */
    private static String sizes(Connection c) throws SQLException {
        return String.format("%,d children and young people, %,d case files (%,d open), %,d involvements, "
                        + "%,d placement episodes, %,d activities, %,d allocations",
                single(c, "select count(*) from core_person"), single(c, "select count(*) from core_case_file"),
                single(c, "select count(*) from core_case_file where closed_on is null"),
                single(c, "select count(*) from core_involvement"),
                single(c, "select count(*) from core_placement_episode"),
                single(c, "select count(*) from core_activity"), single(c, "select count(*) from core_allocation"));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException unknown) {
            return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    /** The person index's search keys, as the portal would compute them, so its start-up has nothing to backfill. */
    private static void phoneticKeys(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, given_name, family_name from core_person where family_name_key is null");
             PreparedStatement u = c.prepareStatement("update core_person set family_name_key = ?, family_name_alt_key = ?, "
                     + "given_name_key = ?, given_name_alt_key = ? where id = ?")) {
            int n = 0;
            while (rs.next()) {
                PhoneticName given = PhoneticName.of(rs.getString(2));
                PhoneticName family = PhoneticName.of(rs.getString(3));
                u.setString(1, family.primary());
                u.setString(2, family.alternate());
                u.setString(3, given.primary());
                u.setString(4, given.alternate());
                u.setLong(5, rs.getLong(1));
                u.addBatch();
                if (++n % 5000 == 0) {
                    u.executeBatch();
                }
            }
            u.executeBatch();
        }
    }

    /**
     * The same 13 months counted by the database alone (see {@link SqlFloor}), best of 3 after a
     * warm-up; prints how many cells agree with the portal's figures as a check on the floor.
     */
    private static double sqlFloor(Connection c, Database database) throws SQLException {
        YearMonth last = YearMonth.from(TODAY);
        YearMonth first = last.minusMonths(12);
        SqlFloor.prepare(c, TODAY.minusYears(12), TODAY.plusYears(1));
        SqlFloor floorOf = new SqlFloor(database);
        c.commit();
        floorOf.count(c, first, last);
        double best = Double.MAX_VALUE;
        List<Double> runs = new ArrayList<>();
        Map<String, Map<YearMonth, long[]>> counted = Map.of();
        // -Dbench.floor-runs=N: the best of N timed runs after the warm-up (3).
        int timed = Integer.getInteger("bench.floor-runs", 3);
        for (int i = 0; i < timed; i++) {
            long t = System.nanoTime();
            counted = floorOf.count(c, first, last);
            runs.add(seconds(t));
            best = Math.min(best, seconds(t));
        }
        System.out.printf("SQL floor (%d indicators x 13 months, in the database): %s s (%d runs)%n",
                floorOf.indicators(), runs.stream().map(d -> String.format("%.2f", d)).toList(), timed);
        int agree = 0;
        int cells = 0;
        if (portalFigures == null) {
            return best;
        }
        Map<String, Map<YearMonth, long[]>> floor = counted;
        List<String> uncovered = portalFigures.keySet().stream().filter(id -> !floor.containsKey(id)).toList();
        System.out.printf("  the SQL floor counts %d of the portal's %d computed indicators%s%n", counted.size(),
                portalFigures.size(), uncovered.isEmpty() ? "" : "; not: " + uncovered);
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, Map<YearMonth, long[]>> indicator : counted.entrySet()) {
            int before = agree;
            for (Map.Entry<YearMonth, long[]> cell : indicator.getValue().entrySet()) {
                Figure f = portalFigures.get(indicator.getKey()).get(cell.getKey());
                long[] sql = cell.getValue();
                cells++;
                if (f.numerator() == sql[0] && (sql.length == 1 || f.denominator() != null && f.denominator() == sql[1])) {
                    agree++;
                }
            }
            if (agree - before < indicator.getValue().size()) {
                differing.add(indicator.getKey() + " " + (indicator.getValue().size() - (agree - before)));
            }
        }
        System.out.printf("  months differing by the floor's simplifications: %s%n", differing);
        System.out.printf("  the SQL floor's figures equal the portal's in %d of %d cells (the rest differ by its "
                + "simplifications)%n", agree, cells);
        return best;
    }

    private static Map<String, Map<YearMonth, Figure>> portalFigures;

    private static double recalculate(Connection c) throws SQLException {
        List<ComputedIndicator<?>> indicators = ComputedIndicators.all(
                new Timescales(new WorkingDayCalendar(Set.of(), Set.of())), new ActivityTimescales());
        FigureCalculator calculator = new FigureCalculator(indicators,
                Map.of(AgeBand.CHILDREN_0_17, Map.of(TODAY.getYear(), 280_000L, TODAY.getYear() - 1, 280_000L)));
        Window window = Window.thirteenMonthsTo(YearMonth.from(TODAY));
        CaseDataQueries queries = new CaseDataQueries(c);
        calculator.compute(queries, window); // warm-up: JIT and Derby's page cache
        List<Double> runs = new ArrayList<>();
        Map<String, Map<YearMonth, Figure>> figures = null;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            figures = calculator.compute(queries, window);
            runs.add(seconds(t));
        }
        portalFigures = figures;
        System.out.printf("Full recalculation's counting (%d indicators x 13 months, in this JVM): %s s (3 runs)%n",
                indicators.size(), runs.stream().map(d -> String.format("%.2f", d)).toList());
        // -Dbench.trace-indicators=true: each indicator counted alone, reading its own rows.
        for (ComputedIndicator<?> indicator : Boolean.getBoolean("bench.trace-indicators") ? indicators : List.<ComputedIndicator<?>>of()) {
            long t = System.nanoTime();
            indicator.compute(queries, window);
            System.out.printf("  %-36s %6.0f ms%n", indicator.id(), seconds(t) * 1000);
        }
        YearMonth last = YearMonth.from(TODAY).minusMonths(1);
        System.out.printf("Sample figures for %s: children in care %d, open CP plans %d, referrals %d, "
                        + "children per caseholder %.1f%n", last, figures.get("cla").get(last).numerator(),
                figures.get("cp-plans").get(last).numerator(), figures.get("referrals").get(last).numerator(),
                figures.get("caseload-per-worker").get(last).value());
        return runs.stream().min(Comparator.naturalOrder()).orElseThrow();
    }

    private static void timePage(int port, double sqlFloor, Database database) throws Exception {
        // HTTP/1.1: an HTTP/2 upgrade the portal may answer by closing the connection.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI base = URI.create("http://localhost:" + port + "/");
        String login = client.send(HttpRequest.newBuilder(base.resolve("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!state.find()) {
            throw new IllegalStateException("No login form");
        }
        String form = "login-form=login-form&username=admin&password=Harbour-demo-2026&sign-in=Sign+in"
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        client.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        URI page = base.resolve("performance/scorecard.xhtml");
        long live = System.nanoTime();
        // Thirteen months older than those the job keeps frozen: every one is computed from the records.
        URI older = base.resolve("performance/scorecard.xhtml?to=" + YearMonth.from(TODAY).minusMonths(15));
        int liveStatus = client.send(HttpRequest.newBuilder(older).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        System.out.printf("Scorecard page with nothing stored (13 months computed live): %.1f s (HTTP %d)%n",
                seconds(live), liveStatus);
        // The month-end job freezes the 13 months soon after start-up: wait until every month is stored.
        long waited = System.nanoTime();
        String body = "";
        while (seconds(waited) < 600) {
            body = client.send(HttpRequest.newBuilder(base.resolve("performance/scorecard.xhtml?to="
                    + YearMonth.from(TODAY))).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("Monthly scorecard") && !body.contains("Not yet stored")) {
                break;
            }
            Thread.sleep(2000);
        }
        System.out.printf("Portal's month-end job froze 12 months and stored the running one within %.0f s of sign-in%n",
                seconds(waited));
        timeRecalculation(client, base, sqlFloor, database);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(page).build(),
                    HttpResponse.BodyHandlers.ofString());
            double s = seconds(t);
            if (response.statusCode() != 200 || !response.body().contains("Monthly scorecard")) {
                throw new IllegalStateException("Scorecard page answered " + response.statusCode());
            }
            if (i >= 2) {
                times.add(s);
            }
        }
        times.sort(Comparator.naturalOrder());
        System.out.printf("Scorecard page (13 months, %d bytes), 10 requests after 2 warm-ups: median %.0f ms, max %.0f ms%n",
                body.length(), times.get(times.size() / 2) * 1000, times.get(times.size() - 1) * 1000);
    }

    /**
     * The portal's own recalculation of the 13 ended months, as an analyst asks for it on the
     * scorecard page (one form, one reason): the request's time, which includes showing the
     * scorecard again, beside the SQL floor. Twice; the first warms the path.
     */
    private static Path portalLog;

    private static void timeRecalculation(HttpClient client, URI base, double sqlFloor, Database database)
            throws Exception {
        YearMonth last = YearMonth.from(TODAY).minusMonths(1);
        YearMonth first = last.minusMonths(12);
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String page = client.send(HttpRequest.newBuilder(base.resolve("performance/scorecard.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
            if (!state.find()) {
                throw new IllegalStateException("No recalculation form on the scorecard");
            }
            String form = "recalculate-form=recalculate-form&recalculate-form%3Amonth=" + first
                    + "&recalculate-form%3Ato=" + last + "&recalculate-form%3Areason=Benchmark+run+" + (i + 1)
                    + "&recalculate-form%3Arecalculate=Recalculate&jakarta.faces.ViewState="
                    + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
            // PrimeFaces' script sends the page's CSP nonce back with every form; a browser-less post does it here.
            Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page);
            if (nonce.find()) {
                form += "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
            }
            long t = System.nanoTime();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(
                            "performance/scorecard.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            runs.add(seconds(t));
            if (!response.body().contains("Recalculated " + first + " to " + last)) {
                Matcher message = Pattern.compile("(?s)class=\"ui-messages[^>]*>(.{0,400})").matcher(response.body());
                System.out.printf("  the recalculation answered HTTP %d: %s%n", response.statusCode(),
                        message.find() ? message.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ")
                                : response.body().substring(0, Math.min(400, response.body().length())));
            }
        }
        double best = runs.stream().min(Comparator.naturalOrder()).orElseThrow();
        try (Stream<String> log = Files.lines(portalLog)) {
            log.filter(line -> line.contains("Scorecard: ")).map(line -> line.replaceAll(".*Scorecard: ", "  portal log: "))
                    .forEach(System.out::println);
        }
        System.out.printf("Portal's recalculation of 13 frozen months (%s to %s, page shown again): %s s (2 runs)%n",
                first, last, runs.stream().map(d -> String.format("%.2f", d)).toList());
        String ratio = String.format("RATIO: portal recalculation %.2f s / SQL floor %.2f s = %.1fx (%s; load average %s)",
                best, sqlFloor, best / sqlFloor, database.label(), loadAverage());
        System.out.println(ratio);
        SUMMARY.add(ratio);
        SUMMARY.add("  on " + dataSizes);
    }

    // ---- data generation -------------------------------------------------------------------

    private static long generate(Connection c) throws SQLException {
        long area = single(c, "select id from core_service_area where code = 'FAMILY_SAFEGUARDING'");
        long rows = 0;
        long[] workers = new long[WORKERS];
        try (PreparedStatement s = c.prepareStatement("insert into core_staff_user (username, display_name, "
                + "password_hash, active, created_at, version) values (?, ?, 'not-a-usable-hash', false, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < WORKERS; i++) {
                s.setString(1, "bench.worker." + i);
                s.setString(2, "Benchmark Worker " + i);
                s.setTimestamp(3, Timestamp.from(Instant.now()));
                s.executeUpdate();
                try (ResultSet k = s.getGeneratedKeys()) {
                    k.next();
                    workers[i] = k.getLong(1);
                }
                rows++;
            }
        }
        Batch person = new Batch(c, "insert into core_person (id, given_name, family_name, sex, date_of_birth, version) "
                + "values (?, ?, ?, ?, ?, 0)");
        Batch caseFile = new Batch(c, "insert into core_case_file (id, person_id, opened_on, closed_on, version) "
                + "values (?, ?, ?, ?, 0)");
        Batch allocation = new Batch(c, "insert into core_allocation (case_file_id, worker_id, service_area_id, "
                + "started_on, ended_on, version) values (?, ?, ?, ?, ?, 0)");
        Batch involvement = new Batch(c, "insert into core_involvement (id, person_id, case_file_id, kind, start_date, "
                + "end_date, referral_id, nfa, outcome_code, completed_on, category_code, recorded_by, recorded_at, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, 0)");
        Batch episode = new Batch(c, "insert into core_placement_episode (period_id, person_id, start_date, end_date, "
                + "legal_status, placement_type, placement_provider, reason_new_episode, reason_ceased, "
                + "placement_distance, recorded_by, recorded_at, version) "
                + "values (?, ?, ?, ?, 'C2', ?, ?, ?, ?, ?, 'bench', ?, 0)");
        Batch review = new Batch(c, "insert into core_activity (kind, case_file_id, person_id, occurred_on, review_type, "
                + "recorded_by, recorded_at, version) values ('REVIEW', ?, ?, ?, ?, 'bench', ?, 0)");
        Batch missing = new Batch(c, "insert into core_missing_episode (person_id, missing_kind, start_date, end_date, "
                + "interview_offered, interview_accepted, recorded_by, recorded_at, version) "
                + "values (?, ?, ?, ?, true, false, 'bench', ?, 0)");
        Batch status = new Batch(c, "insert into core_looked_after_status (person_id, uasc_from, placement_order_on, "
                + "adoption_matched_on, adopted_by_foster_carer, recorded_by, recorded_at, version) "
                + "values (?, ?, ?, ?, ?, 'bench', ?, 0)");
        Batch health = new Batch(c, "insert into core_cla_health_outcome (person_id, year_ending, health_check, "
                + "teeth_check, immunisations, health_assessment, recorded_by, recorded_at, version) "
                + "values (?, ?, ?, ?, ?, true, 'bench', ?, 0)");
        Batch leaver = new Batch(c, "insert into core_involvement (id, person_id, case_file_id, kind, start_date, "
                + "in_touch, activity_code, accommodation_code, recorded_by, recorded_at, version) "
                + "values (?, ?, ?, 'CARE_LEAVER', ?, ?, ?, ?, 'bench', ?, 0)");
        Batch activity = new Batch(c, "insert into core_activity (kind, case_file_id, person_id, occurred_on, visit_type, "
                + "child_seen, recorded_by, recorded_at, version) values (?, ?, ?, ?, ?, ?, 'bench', ?, 0)");
        // Explicit ids far above the demo's, so rows link without a round trip per row.
        long personBase = single(c, "select coalesce(max(id), 0) from core_person") + 1_000_000;
        long caseBase = single(c, "select coalesce(max(id), 0) from core_case_file") + 1_000_000;
        long involvementId = single(c, "select coalesce(max(id), 0) from core_involvement") + 1_000_000;
        LocalDate start = TODAY.minusYears(5);
        int span = (int) (TODAY.toEpochDay() - start.toEpochDay());
        String[] places = {"U4", "U4", "U6", "U6", "U1", "U3", "K2", "K2", "Z13", "P1", "R1"};
        String[] providers = {"PR1", "PR1", "PR4", "PR4", "PR1", "PR1", "PR4", "PR5", "PR4", "PR0", "PR4"};
        for (int i = 0; i < CHILDREN; i++) {
            long personId = personBase + i;
            long caseId = caseBase + i;
            boolean open = i < OPEN_CASES;
            boolean inCare = i < IN_CARE;
            LocalDate opened = open ? TODAY.minusDays(30 + RANDOM.nextInt(Math.min(span - 30, 3 * 365)))
                    : start.plusDays(RANDOM.nextInt(span - 60));
            LocalDate closed = open ? null : min(opened.plusDays(20 + RANDOM.nextInt(400)), TODAY.minusDays(1));
            person.add(personId, i % 2 == 0 ? "Bench" : "Mark", "Child" + i, i % 2 == 0 ? "F" : "M",
                    Date.valueOf(TODAY.minusDays(365L + RANDOM.nextInt(17 * 365))));
            caseFile.add(caseId, personId, Date.valueOf(opened), date(closed));
            allocation.add(caseId, workers[i % WORKERS], area, Date.valueOf(opened), date(closed));
            LocalDate end = closed == null ? TODAY : closed;
            involvement.add(involvementId++, personId, caseId, "CONTACT", Date.valueOf(opened.minusDays(3)), null, null,
                    false, null, null, null, now());
            long referral = involvementId++;
            involvement.add(referral, personId, caseId, "REFERRAL", Date.valueOf(opened), date(closed), null,
                    RANDOM.nextInt(10) == 0, null, null, null, now());
            if (RANDOM.nextInt(4) == 0 && opened.plusDays(200).isBefore(end)) {
                involvement.add(involvementId++, personId, caseId, "REFERRAL", Date.valueOf(opened.plusDays(200)),
                        null, null, false, null, null, null, now());
            }
            LocalDate authorised = opened.plusDays(10 + RANDOM.nextInt(50));
            involvement.add(involvementId++, personId, caseId, "ASSESSMENT", Date.valueOf(opened.plusDays(2)), null,
                    referral, false, null, authorised.isBefore(TODAY) ? Date.valueOf(authorised) : null, null, now());
            int pathway = RANDOM.nextInt(10);
            if (inCare || pathway < 1) {
                LocalDate careStart = inCare ? opened.plusDays(5) : opened.plusDays(15);
                LocalDate careEnd = inCare ? null : min(careStart.plusDays(30 + RANDOM.nextInt(300)), end);
                long period = involvementId++;
                involvement.add(period, personId, caseId, "LOOKED_AFTER", Date.valueOf(careStart), date(careEnd), null,
                        false, null, null, null, now());
                int moves = 1 + RANDOM.nextInt(RANDOM.nextInt(6) == 0 ? 4 : 2);
                // How care ends: home, a special guardianship order, adoption (placed with adopters for the
                // last episode, a foster carer's adoption now and then), or another reason.
                String ceased = careEnd == null ? null : LEFT_CARE[RANDOM.nextInt(LEFT_CARE.length)];
                boolean adopted = "E11".equals(ceased);
                LocalDate from = careStart;
                for (int m = 0; m < moves; m++) {
                    boolean last = m == moves - 1;
                    LocalDate to = last ? careEnd : min(from.plusDays(40 + RANDOM.nextInt(200)),
                            careEnd == null ? TODAY : careEnd);
                    boolean ends = to == null || !to.isBefore(careEnd == null ? TODAY : careEnd);
                    int p = RANDOM.nextInt(places.length);
                    boolean adoptive = adopted && ends && m > 0;
                    episode.add(period, personId, Date.valueOf(from), date(to), adoptive ? "A5" : places[p],
                            adoptive ? "PR1" : providers[p], m == 0 ? "S" : adoptive ? "T" : "P",
                            ends ? ceased : to == null ? null : "X1", distance(), now());
                    if (ends) {
                        break;
                    }
                    from = to;
                }
                if (inCare && RANDOM.nextInt(16) == 0 || adopted) {
                    status.add(personId, inCare && !adopted ? Date.valueOf(careStart) : null,
                            adopted ? Date.valueOf(careStart.plusDays(60)) : null,
                            adopted ? Date.valueOf(careStart.plusDays(60 + RANDOM.nextInt(200))) : null,
                            adopted && RANDOM.nextBoolean(), now());
                }
                LocalDate careTo = careEnd == null ? TODAY : careEnd;
                if (RANDOM.nextInt(6) == 0) {
                    for (int k = 1 + RANDOM.nextInt(4); k > 0; k--) {
                        LocalDate went = careStart.plusDays(RANDOM.nextInt(Math.max(1,
                                (int) (careTo.toEpochDay() - careStart.toEpochDay()))));
                        missing.add(personId, RANDOM.nextInt(5) == 0 ? "A" : "M", Date.valueOf(went),
                                Date.valueOf(min(went.plusDays(1 + RANDOM.nextInt(3)), TODAY)), now());
                    }
                }
                int held = 0;
                for (LocalDate r = careStart.plusDays(14 + RANDOM.nextInt(14)); r.isBefore(careTo);
                     r = r.plusDays(held == 1 ? 80 : 150 + RANDOM.nextInt(40))) {
                    review.add(caseId, personId, Date.valueOf(r), "CLA_REVIEW", now());
                    held++;
                }
                for (LocalDate march = LocalDate.of(TODAY.getYear() - 2, 3, 31); march.isBefore(TODAY);
                     march = march.plusYears(1)) {
                    if (!careStart.isAfter(march.minusYears(1)) && careTo.isAfter(march)) {
                        health.add(personId, Date.valueOf(march), RANDOM.nextInt(10) > 0, RANDOM.nextInt(10) > 1,
                                RANDOM.nextInt(10) > 0, now());
                    }
                }
            } else if (pathway < 3) {
                LocalDate planEnd = closed == null && RANDOM.nextBoolean() ? null : min(opened.plusDays(200), end);
                involvement.add(involvementId++, personId, caseId, "STRATEGY_DISCUSSION", Date.valueOf(opened.plusDays(3)),
                        null, referral, false, null, null, null, now());
                involvement.add(involvementId++, personId, caseId, "SECTION_47", Date.valueOf(opened.plusDays(4)),
                        Date.valueOf(opened.plusDays(14)), referral, false, "ICPC", null, null, now());
                involvement.add(involvementId++, personId, caseId, "CP_PLAN", Date.valueOf(opened.plusDays(20)),
                        date(planEnd), referral, false, null, null, CATEGORIES[RANDOM.nextInt(CATEGORIES.length)], now());
                LocalDate planTo = planEnd == null ? TODAY : planEnd;
                for (LocalDate r = opened.plusDays(20 + 70 + RANDOM.nextInt(30)); r.isBefore(planTo);
                     r = r.plusDays(160 + RANDOM.nextInt(40))) {
                    review.add(caseId, personId, Date.valueOf(r), "CP_CONFERENCE", now());
                }
            } else if (pathway >= 8) {
                involvement.add(involvementId++, personId, caseId, "EARLY_HELP", Date.valueOf(opened.minusDays(2)),
                        date(closed), null, false, null, null, null, now());
            } else if (pathway < 6) {
                involvement.add(involvementId++, personId, caseId, "CIN_PLAN", Date.valueOf(opened.plusDays(30)),
                        date(closed == null ? null : max(closed, opened.plusDays(30))), referral, false, null, null,
                        null, now());
            }
            if (open) {
                String type = inCare ? "CLA" : pathway < 3 ? "CP" : "CIN";
                int gap = type.equals("CP") ? 12 : 38;
                LocalDate from = max(opened, TODAY.minusMonths(26));
                for (LocalDate v = from.plusDays(RANDOM.nextInt(gap)); v.isBefore(TODAY); v = v.plusDays(gap - 5 + RANDOM.nextInt(12))) {
                    activity.add("VISIT", caseId, personId, Date.valueOf(v), type, Boolean.TRUE, now());
                }
                for (LocalDate s = from.plusDays(RANDOM.nextInt(28)); s.isBefore(TODAY); s = s.plusDays(24 + RANDOM.nextInt(9))) {
                    activity.add("SUPERVISION", caseId, personId, Date.valueOf(s), null, null, now());
                }
            }
        }
        // Care leavers aged 18 to 22, each with a case file and the outcome the OC3 asks for.
        for (int i = 0; i < CARE_LEAVERS; i++) {
            long personId = personBase + CHILDREN + i;
            long caseId = caseBase + CHILDREN + i;
            person.add(personId, "Leaver", "Young" + i, i % 2 == 0 ? "F" : "M",
                    Date.valueOf(TODAY.minusYears(18).minusDays(RANDOM.nextInt(4 * 365))));
            caseFile.add(caseId, personId, Date.valueOf(TODAY.minusYears(2)), null);
            leaver.add(involvementId++, personId, caseId, Date.valueOf(TODAY.minusDays(400 + RANDOM.nextInt(900))),
                    RANDOM.nextInt(10) > 0 ? "YES" : "NO", ACTIVITIES[RANDOM.nextInt(ACTIVITIES.length)],
                    RANDOM.nextInt(10) > 1 ? "B1" : "B2", now());
        }
        for (Batch b : List.of(person, caseFile, allocation, involvement, episode, activity, review, missing, status,
                health, leaver)) {
            rows += b.finish();
        }
        return rows;
    }

    /** Miles from home as practitioners record them: a fifth of placements over 20, one in twenty not recorded. */
    private static java.math.BigDecimal distance() {
        int roll = RANDOM.nextInt(20);
        if (roll == 0) {
            return null;
        }
        double miles = roll <= 4 ? 20.1 + RANDOM.nextInt(800) / 10.0 : RANDOM.nextInt(201) / 10.0;
        return java.math.BigDecimal.valueOf(miles).setScale(1, java.math.RoundingMode.HALF_UP);
    }

    /** Inserts in batches of 5,000, flushing parents before children so foreign keys hold. */
    private static final class Batch {
        private static final List<Batch> ALL = new ArrayList<>();
        private final PreparedStatement statement;
        private int pending;
        private long total;

        Batch(Connection c, String sql) throws SQLException {
            statement = c.prepareStatement(sql);
            ALL.add(this);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            pending++;
            if (pending >= 5000) {
                for (Batch b : ALL) {
                    b.flush();
                }
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                total += pending;
                pending = 0;
            }
        }

        long finish() throws SQLException {
            flush();
            statement.close();
            return total;
        }
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- the portal process -----------------------------------------------------------------

    private static Process startPortal(Path micro, Path war, Path dir, int port, boolean demo, List<String> options)
            throws IOException {
        List<String> command = new ArrayList<>(Arrays.asList("java", "-Xmx1g"));
        command.addAll(options);
        command.addAll(Arrays.asList(
                "-Dharbour.data.dir=" + dir, "-Dharbour.demo-data.enabled=" + demo,
                "-Dderby.stream.error.file=" + dir.resolve("derby.log"),
                "-jar", micro.toString(), "--deploy", war.toString(), "--contextroot", "/", "--port",
                Integer.toString(port), "--nocluster"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(demo ? "portal-first.log" : "portal.log").toFile()).start();
    }

    private static void awaitReady(int port, Process process) throws Exception {
        // HTTP/1.1 and a connect timeout: a poll during start-up must not wait on an HTTP/2 upgrade for good.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long t = System.nanoTime();
        // -Dbench.start-minutes=... on a busy machine, where loading the demo data takes longer.
        int minutes = Integer.getInteger("bench.start-minutes", 5);
        while (seconds(t) < minutes * 60) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped during start-up; see its log in target/benchmark");
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        stop(process);
        throw new IllegalStateException("The portal was not ready within " + minutes + " minutes");
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
