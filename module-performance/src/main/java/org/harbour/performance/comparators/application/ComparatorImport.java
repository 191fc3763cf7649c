package org.harbour.performance.comparators.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.audit.Audit;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.performance.access.application.Actor;
import org.harbour.performance.access.application.PerformanceAccess;
import org.harbour.performance.comparators.domain.ComparatorValue;
import org.harbour.performance.indicators.application.IndicatorCatalogue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Imports comparators from a published-statistics CSV with the header
 * {@code indicator,comparator,period,value} (comparator: STATISTICAL_NEIGHBOURS, REGION or ENGLAND;
 * period like 2024-25). All or nothing: one bad line and nothing is imported, each bad line named.
 */
@ApplicationScoped
@Requires(PerformanceAccess.ACCESS)
public class ComparatorImport {

    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-\\d{2})?");

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private PerformanceAccess access;

    @Inject
    private Actor actor;

    @Inject
    private Audit audit;

    /** What an import did: lines imported, or the errors that stopped it. */
    public record Outcome(int imported, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private record Line(String indicator, ComparatorValue.Kind kind, String period, BigDecimal value) {
    }

    @Transactional(dontRollbackOn = ActionRefusedException.class)
    public Outcome importCsv(Reader csv) throws IOException {
        access.require(PerformanceAccess.MANAGE, "COMPARATOR_IMPORT");
        List<String> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(List.of("indicator", "comparator", "period", "value"))) {
                return new Outcome(0, List.of("Line 1: the header must be indicator,comparator,period,value, not "
                        + String.join(",", parser.getHeaderNames())));
            }
            for (CSVRecord record : parser) {
                long lineNo = record.getRecordNumber() + 1;
                if (record.size() != 4) {
                    errors.add("Line " + lineNo + ": expected 4 values, found " + record.size());
                    continue;
                }
                String indicator = record.get(0);
                String problem = null;
                ComparatorValue.Kind kind = null;
                BigDecimal value = null;
                if (catalogue.find(indicator).isEmpty()) {
                    problem = "unknown indicator '" + indicator + "'";
                } else {
                    try {
                        kind = ComparatorValue.Kind.valueOf(record.get(1).toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        problem = "comparator '" + record.get(1) + "' is not STATISTICAL_NEIGHBOURS, REGION or ENGLAND";
                    }
                }
                if (problem == null && !PERIOD.matcher(record.get(2)).matches()) {
                    problem = "period '" + record.get(2) + "' is not a year like 2025 or 2024-25";
                }
                if (problem == null) {
                    try {
                        value = new BigDecimal(record.get(3));
                    } catch (NumberFormatException e) {
                        problem = "value '" + record.get(3) + "' is not a number";
                    }
                }
                if (problem != null) {
                    errors.add("Line " + lineNo + ": " + problem);
                } else {
                    lines.add(new Line(indicator, kind, record.get(2), value));
                }
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            return new Outcome(0, List.of("The file is not readable CSV: " + e.getMessage()));
        }
        if (!errors.isEmpty()) {
            return new Outcome(0, errors);
        }
        if (lines.isEmpty()) {
            return new Outcome(0, List.of("The file has no lines after the header"));
        }
        Instant now = Instant.now(Clock.systemUTC());
        for (Line line : lines) {
            List<ComparatorValue> found = em.createQuery("""
                            select c from ComparatorValue c
                            where c.indicatorId = :i and c.comparator = :k and c.period = :p""", ComparatorValue.class)
                    .setParameter("i", line.indicator()).setParameter("k", line.kind()).setParameter("p", line.period())
                    .getResultList();
            if (found.isEmpty()) {
                em.persist(new ComparatorValue(line.indicator(), line.kind(), line.period(), line.value(), actor.name(), now));
            } else {
                found.get(0).replace(line.value(), actor.name(), now);
            }
        }
        audit.success("COMPARATOR_IMPORT", "performance", null, lines.size() + " comparator value(s) imported");
        return new Outcome(lines.size(), List.of());
    }

    public List<ComparatorValue> all() {
        return em.createQuery("select c from ComparatorValue c order by c.indicatorId, c.comparator, c.period",
                ComparatorValue.class).getResultList();
    }
}
