package org.harbour.youthjustice.court.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.youthjustice.caution.application.CautionDutyService;
import org.harbour.youthjustice.caution.application.CautionDutyView;
import org.harbour.youthjustice.court.application.CourtDiaryService;
import org.harbour.youthjustice.court.application.HearingView;
import org.harbour.youthjustice.court.application.ReportView;

import java.util.List;

/**
 * Backs youth-justice/court.xhtml: the next four weeks' hearings, the pre-sentence reports owed
 * (overdue first) and the assessments owed after a second or conditional caution, for the
 * children the user may reach. Each list is read once per request.
 */
@Named
@RequestScoped
public class CourtDiaryPage {

    @Inject
    private CourtDiaryService diary;

    @Inject
    private CautionDutyService duties;

    private List<HearingView> hearings;
    private List<ReportView> reports;
    private List<CautionDutyView> owed;

    public List<HearingView> getHearings() {
        if (hearings == null) {
            hearings = diary.diary(null, null);
        }
        return hearings;
    }

    public List<ReportView> getReports() {
        if (reports == null) {
            reports = diary.unfiledReports(false);
        }
        return reports;
    }

    public long getOverdueReports() {
        return getReports().stream().filter(ReportView::isOverdue).count();
    }

    public List<CautionDutyView> getCautionDuties() {
        if (owed == null) {
            owed = duties.owed();
        }
        return owed;
    }
}
