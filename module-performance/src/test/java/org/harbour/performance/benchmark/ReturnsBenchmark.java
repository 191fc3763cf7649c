package org.harbour.performance.benchmark;

import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.harbour.core.spi.casedata.CaseDataQueries;
import org.harbour.core.spi.returns.ReturnFile;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ReturnPeriodRule;
import org.harbour.core.spi.returns.ValidationMessage;
import org.harbour.performance.cincensus.domain.CinCensusAssembly;
import org.harbour.performance.cincensus.domain.CinCensusRules;
import org.harbour.performance.cincensus.domain.CinChild;
import org.harbour.performance.cincensus.infrastructure.CinCensusRecordsRepository;
import org.harbour.performance.cincensus.infrastructure.CinCensusXml;
import org.harbour.performance.ssda903.domain.Ssda903Assembly;
import org.harbour.performance.ssda903.domain.Ssda903Child;
import org.harbour.performance.ssda903.domain.Ssda903Codes;
import org.harbour.performance.ssda903.domain.Ssda903PreviousYearRules;
import org.harbour.performance.ssda903.domain.Ssda903Rules;
import org.harbour.performance.ssda903.domain.Ssda903Tables;
import org.harbour.performance.ssda903.infrastructure.Ssda903Csv;
import org.harbour.performance.ssda903.infrastructure.Ssda903CsvReader;
import org.harbour.performance.ssda903.infrastructure.Ssda903RecordsRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Times producing and validating the SSDA903 and the CIN census at a large authority's scale, on
 * the database the scorecard benchmark generates (about 2,000 children in care and 12,000 open
 * cases, five years of history), with the same code the portal runs. Beside each, the floor: the
 * same rows read directly in SQL with nothing built from them. Not a test; prints figures.
 * Run after the scorecard benchmark:
 * {@code ./mvnw -o -q -pl module-performance -am -Preturns-benchmark -DskipTests verify}.
 */
public final class ReturnsBenchmark {

    private static final int RUNS = 3;

    private ReturnsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        Path derby = root.resolve("module-performance/target/benchmark/derby");
        if (!Files.isDirectory(derby)) {
            throw new IllegalStateException("Run the scorecard benchmark first (-Pbenchmark): it generates " + derby);
        }
        LocalDate today = LocalDate.now();
        ReturnPeriod year = ReturnPeriodRule.aprilToMarch().containing(today.minusYears(1));
        WorkingDayCalendar calendar = new WorkingDayCalendar(Set.of(), Set.of());
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + derby, "harbour", "harbour")) {
            c.setReadOnly(true);
            CaseDataQueries queries = new CaseDataQueries(c);
            System.out.printf("Collection year %s (%s to %s)%n", year.label(), year.start(), year.end());

            time("SSDA903 produce and validate", () -> {
                List<Ssda903Child> children = Ssda903Assembly.children(Ssda903RecordsRepository.read(queries, year), year);
                List<ReturnFile> files = Ssda903Csv.write(children, Ssda903Codes.forYear(year.start().getYear()), year);
                // The setting's default code: the benchmark authority is the demo's.
                List<ValidationMessage> messages = Ssda903Rules.check(children, year, "999");
                return String.format("%,d children, %,d episodes, %,d bytes, %,d messages", children.size(),
                        children.stream().mapToInt(ch -> ch.episodes().size()).sum(),
                        files.stream().mapToInt(ReturnFile::size).sum(), messages.size());
            });
            time("  floor: its rows read in SQL", () -> rows(c, """
                    select count(*), sum(length(coalesce(e.legal_status, ''))) from core_placement_episode e
                    where e.person_id in (select person_id from core_placement_episode
                                          where start_date <= ? and (end_date is null or end_date >= ?))""",
                    year));

            // Last year's return as the portal keeps it: its files, written once, read back for each comparison.
            ReturnPeriod lastYear = ReturnPeriodRule.aprilToMarch().containing(year.start().minusDays(1));
            List<ReturnFile> lastYearsFiles = Ssda903Csv.write(Ssda903Assembly.children(
                    Ssda903RecordsRepository.read(queries, lastYear), lastYear),
                    Ssda903Codes.forYear(lastYear.start().getYear()), lastYear);
            List<Ssda903Child> thisYears = Ssda903Assembly.children(Ssda903RecordsRepository.read(queries, year), year);
            List<ReturnFile> thisYearsFiles = Ssda903Csv.write(thisYears, Ssda903Codes.forYear(year.start().getYear()),
                    year);
            time("SSDA903 against last year's files", () -> {
                Ssda903Tables before = Ssda903CsvReader.tables(lastYearsFiles);
                List<ValidationMessage> messages = Ssda903PreviousYearRules.check(thisYears,
                        Ssda903CsvReader.tables(thisYearsFiles), before, "last year's return", year);
                return String.format("%,d and %,d bytes read, %,d messages",
                        lastYearsFiles.stream().mapToInt(ReturnFile::size).sum(),
                        thisYearsFiles.stream().mapToInt(ReturnFile::size).sum(), messages.size());
            });
            time("  floor: both years' files split", () -> {
                long fields = 0;
                for (ReturnFile file : List.of(lastYearsFiles, thisYearsFiles).stream().flatMap(List::stream).toList()) {
                    for (String line : new String(file.content(), java.nio.charset.StandardCharsets.UTF_8).split("\r?\n")) {
                        fields += line.split(",", -1).length;
                    }
                }
                return String.format("%,d fields", fields);
            });

            time("CIN census produce and validate", () -> {
                List<CinChild> children = CinCensusAssembly.children(CinCensusRecordsRepository.read(queries, year),
                        year, calendar);
                byte[] xml = CinCensusXml.write(children, year, "999");
                List<ValidationMessage> messages = CinCensusRules.check(children, year);
                return String.format("%,d children, %,d CIN episodes, %,d bytes, %,d messages", children.size(),
                        children.stream().mapToInt(ch -> ch.episodes().size()).sum(), xml.length, messages.size());
            });
            time("  floor: its rows read in SQL", () -> rows(c, """
                    select count(*), sum(length(coalesce(i.kind, ''))) from core_involvement i
                    where i.person_id in (select person_id from core_involvement where kind = 'REFERRAL'
                                          and start_date <= ? and (end_date is null or end_date >= ?))""",
                    year));
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception.
        }
    }

    /** One warm-up, then the best and all of three timed runs. */
    private static void time(String what, Callable<String> work) throws Exception {
        String result = work.call();
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            result = work.call();
            seconds.add((System.nanoTime() - t) / 1e9);
        }
        System.out.printf("%-34s best %6.2f s  runs %s  (%s)%n", what,
                seconds.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                seconds.stream().map(s -> String.format("%.2f", s)).toList(), result);
    }

    private static String rows(Connection c, String sql, ReturnPeriod year) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setDate(1, java.sql.Date.valueOf(year.end()));
            s.setDate(2, java.sql.Date.valueOf(year.start()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return String.format("%,d rows", rs.getLong(1));
            }
        }
    }
}
