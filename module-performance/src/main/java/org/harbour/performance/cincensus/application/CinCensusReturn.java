package org.harbour.performance.cincensus.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.calendar.WorkingDayCalendar;
import org.harbour.core.spi.returns.ReturnDefinition;
import org.harbour.core.spi.returns.ReturnCount;
import org.harbour.core.spi.returns.ReturnFile;
import org.harbour.core.spi.returns.ReturnOutput;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ReturnPeriodRule;
import org.harbour.core.spi.returns.StatutoryReturn;
import org.harbour.core.spi.returns.ValidationMessage;
import org.harbour.core.spi.settings.ModuleSettings;
import org.harbour.performance.PerformanceModule;
import org.harbour.performance.cincensus.domain.CinCensusAssembly;
import org.harbour.performance.cincensus.domain.CinCensusRules;
import org.harbour.performance.cincensus.domain.CinChild;
import org.harbour.performance.cincensus.infrastructure.CinCensusRecordsRepository;
import org.harbour.performance.cincensus.infrastructure.CinCensusXml;

import java.util.List;

/**
 * The Children in Need census for an April to March collection year, produced from core's
 * referrals, assessments, CIN plans, section 47 enquiries, conferences and CP plans. Core runs it
 * as the analyst who asked (permission {@code performance:returns}), keeps the file with its
 * checksum and audits the run.
 */
@ApplicationScoped
public class CinCensusReturn implements StatutoryReturn {

    public static final String ID = "performance-cin-census";
    public static final String FILE = "cin_census.xml";

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private CinCensusRecordsRepository records;

    @Inject
    private ModuleSettings settings;

    @Override
    public ReturnDefinition definition() {
        return new ReturnDefinition(ID, "Children in Need census", PerformanceModule.ID, PerformanceModule.RETURNS,
                ReturnPeriodRule.aprilToMarch());
    }

    @Override
    public List<ReturnFile> produce(ReturnPeriod period) {
        return run(period).files();
    }

    @Override
    public List<ValidationMessage> validate(ReturnPeriod period, List<ReturnFile> files) {
        return run(period).messages();
    }

    /** The file and the checks from one reading of the records. */
    @Override
    public ReturnOutput run(ReturnPeriod period) {
        List<CinChild> children = children(period);
        return new ReturnOutput(List.of(new ReturnFile(FILE, "application/xml", CinCensusXml.write(children, period,
                settings.text(PerformanceModule.ID, PerformanceModule.LA_CODE)))), CinCensusRules.check(children, period, calendar),
                List.of(new ReturnCount("Children", children.size()),
                        new ReturnCount("CIN episodes", children.stream().mapToLong(c -> c.episodes().size()).sum())));
    }

    public List<CinChild> children(ReturnPeriod period) {
        return CinCensusAssembly.children(records.read(period), period, calendar);
    }
}
