package org.harbour.performance.ssda903.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.returns.ReturnCount;
import org.harbour.core.spi.returns.ReturnDefinition;
import org.harbour.core.spi.returns.ReturnFile;
import org.harbour.core.spi.returns.ReturnHistory;
import org.harbour.core.spi.returns.ReturnOutput;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ReturnPeriodRule;
import org.harbour.core.spi.returns.StatutoryReturn;
import org.harbour.core.spi.returns.ValidationMessage;
import org.harbour.core.spi.settings.ModuleSettings;
import org.harbour.performance.PerformanceModule;
import org.harbour.performance.ssda903.domain.Ssda903Assembly;
import org.harbour.performance.ssda903.domain.Ssda903Child;
import org.harbour.performance.ssda903.domain.Ssda903Codes;
import org.harbour.performance.ssda903.domain.Ssda903PreviousYearRules;
import org.harbour.performance.ssda903.domain.Ssda903Rules;
import org.harbour.performance.ssda903.domain.Ssda903Tables;
import org.harbour.performance.ssda903.infrastructure.Ssda903Csv;
import org.harbour.performance.ssda903.infrastructure.Ssda903CsvReader;
import org.harbour.performance.ssda903.infrastructure.Ssda903RecordsRepository;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The SSDA903 (children looked after) for an April to March collection year, produced from core's
 * looked-after periods, placement episodes, reviews, care leaver records and the practitioner's
 * looked-after records (missing episodes, health and wellbeing, UASC, permanence, adoption). Core runs it as the
 * analyst who asked (permission {@code performance:returns}), keeps the files with their checksums
 * and audits the run.
 */
@ApplicationScoped
public class Ssda903Return implements StatutoryReturn {

    public static final String ID = "performance-ssda903";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    private Ssda903RecordsRepository records;

    @Inject
    private ReturnHistory history;

    @Inject
    private ModuleSettings settings;

    @Override
    public ReturnDefinition definition() {
        return new ReturnDefinition(ID, "SSDA903: children looked after", PerformanceModule.ID,
                PerformanceModule.RETURNS, ReturnPeriodRule.aprilToMarch());
    }

    @Override
    public List<ReturnFile> produce(ReturnPeriod period) {
        return run(period).files();
    }

    @Override
    public List<ValidationMessage> validate(ReturnPeriod period, List<ReturnFile> files) {
        return run(period).messages();
    }

    /** The tables and the checks from one reading of the records. */
    @Override
    public ReturnOutput run(ReturnPeriod period) {
        List<Ssda903Child> children = children(period);
        List<ReturnFile> files = Ssda903Csv.write(children, Ssda903Codes.forYear(period.start().getYear()), period);
        List<ValidationMessage> messages = new ArrayList<>(Ssda903Rules.check(children, period,
                settings.text(PerformanceModule.ID, PerformanceModule.LA_CODE)));
        messages.addAll(againstLastYear(children, files, period));
        return new ReturnOutput(files, messages, counts(children));
    }

    /**
     * The rules on last year's return. Last year's return is the one kept here when it was produced
     * (what went to the DfE, as its rules mean), the latest run for that year; when none was kept it
     * is produced from the records now, which says only whether the two years agree as recorded today.
     */
    private List<ValidationMessage> againstLastYear(List<Ssda903Child> children, List<ReturnFile> files,
                                                    ReturnPeriod period) {
        ReturnPeriod last = previous(period);
        Ssda903Tables lastYear;
        String compared;
        var kept = history.latestRunEndingOn(ID, last.end());
        if (kept.isPresent()) {
            lastYear = Ssda903CsvReader.tables(kept.get().files());
            compared = "the SSDA903 for " + last.label() + " produced on "
                    + DAY.format(kept.get().runAt().atZone(LONDON));
        } else {
            lastYear = Ssda903CsvReader.tables(Ssda903Csv.write(children(last),
                    Ssda903Codes.forYear(last.start().getYear()), last));
            compared = "the SSDA903 for " + last.label() + " as the records give it now (none was produced for it here)";
        }
        return Ssda903PreviousYearRules.check(children, Ssda903CsvReader.tables(files), lastYear, compared, period);
    }

    /** The collection year before: "2024-25" before "2025-26". */
    static ReturnPeriod previous(ReturnPeriod period) {
        int first = period.start().getYear() - 1;
        return new ReturnPeriod(first + "-" + String.format("%02d", (first + 1) % 100),
                period.start().minusYears(1), period.start().minusDays(1), null);
    }

    /** Children looked after in the year and their episodes: what the previous year's return is compared by. */
    static List<ReturnCount> counts(List<Ssda903Child> children) {
        List<Ssda903Child> lookedAfter = children.stream().filter(Ssda903Child::lookedAfterInYear).toList();
        return List.of(new ReturnCount("Children looked after", lookedAfter.size()),
                new ReturnCount("Episodes", lookedAfter.stream().mapToLong(c -> c.episodes().size()).sum()));
    }

    public List<Ssda903Child> children(ReturnPeriod period) {
        return Ssda903Assembly.children(records.read(period), period);
    }
}
