package org.harbour.performance.exports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.audit.Audit;
import org.harbour.performance.access.application.PerformanceAccess;
import org.harbour.performance.exports.infrastructure.ScorecardPdf;
import org.harbour.performance.exports.infrastructure.ScorecardWorkbook;
import org.harbour.performance.scorecard.application.Scorecards;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;

/** The scorecard of the 13 months to a month, written as Excel or PDF; each download audited. Figures only, no child. */
@ApplicationScoped
@Requires(PerformanceAccess.ACCESS)
public class ScorecardExports {

    public static final String ACTION = "SCORECARD_EXPORT";

    @Inject
    private Scorecards scorecards;

    @Inject
    private Audit audit;

    public void workbook(YearMonth to, OutputStream out) throws IOException {
        audit.success(ACTION, "performance", to.toString(), "Excel");
        ScorecardWorkbook.write(scorecards.scorecard(to), out);
    }

    public void pdf(YearMonth to, OutputStream out) throws IOException {
        audit.success(ACTION, "performance", to.toString(), "PDF");
        ScorecardPdf.write(scorecards.scorecard(to), out);
    }
}
