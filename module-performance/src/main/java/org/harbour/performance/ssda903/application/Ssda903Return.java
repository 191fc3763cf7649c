package org.harbour.performance.ssda903.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.returns.ReturnCount;
import org.harbour.core.spi.returns.ReturnDefinition;
import org.harbour.core.spi.returns.ReturnFile;
import org.harbour.core.spi.returns.ReturnOutput;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ReturnPeriodRule;
import org.harbour.core.spi.returns.StatutoryReturn;
import org.harbour.core.spi.returns.ValidationMessage;
import org.harbour.performance.PerformanceModule;
import org.harbour.performance.ssda903.domain.Ssda903Assembly;
import org.harbour.performance.ssda903.domain.Ssda903Child;
import org.harbour.performance.ssda903.domain.Ssda903Codes;
import org.harbour.performance.ssda903.domain.Ssda903Rules;
import org.harbour.performance.ssda903.infrastructure.Ssda903Csv;
import org.harbour.performance.ssda903.infrastructure.Ssda903RecordsRepository;

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

    @Inject
    private Ssda903RecordsRepository records;

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
        return new ReturnOutput(Ssda903Csv.write(children, Ssda903Codes.forYear(period.start().getYear()), period),
                Ssda903Rules.check(children, period), counts(children));
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
