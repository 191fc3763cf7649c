package org.harbour.youthjustice.court.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.court.domain.Hearing;
import org.harbour.youthjustice.court.domain.HearingPurpose;
import org.harbour.youthjustice.court.domain.PreSentenceReport;
import org.harbour.youthjustice.court.infrastructure.CourtRepository;
import org.harbour.youthjustice.record.application.RecordService;

import java.time.LocalDate;
import java.util.List;

/**
 * The court diary and the reports the court asks for. Recording needs {@code youth-justice:court};
 * the diary and the report lists show only the children the user may reach.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(YjPermissions.ACCESS)
public class CourtDiaryService {

    public static final String VIEW = "YJ_COURT_VIEW";
    public static final String HEARING = "YJ_HEARING_CREATE";
    public static final String HEARD = "YJ_HEARING_RESULT";
    public static final String REPORT = "YJ_PSR_REQUEST";
    public static final String FILED = "YJ_PSR_FILED";
    /** The diary's longest span, so a request cannot ask for years of hearings at once. */
    public static final int MAX_DIARY_DAYS = 366;
    private static final LocalDate FIRST_DIARY_DAY = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_DIARY_DAY = LocalDate.of(2199, 12, 31);

    @Inject
    private CourtRepository repository;

    @Inject
    private RecordService records;

    @Inject
    private YjAccess access;

    public HearingView addHearing(long personId, @NotNull @Valid HearingForm form) {
        access.require(YjPermissions.COURT, HEARING, personId);
        HearingPurpose purpose = purpose(form.getPurpose());
        Long offenceId = null;
        if (form.getOffenceId() != null) {
            offenceId = records.offenceOf(personId, form.getOffenceId(), "offenceId").getId();
        }
        Hearing hearing = repository.add(new Hearing(personId, offenceId, form.getHearingOn(), form.getCourtName().trim(), purpose,
                access.username(), access.now()));
        access.success(HEARING, personId, "hearing " + hearing.getId() + " on " + hearing.getHearingOn());
        return new HearingView(hearing, access.childName(personId));
    }

    /** What the court did at a hearing that has taken place. */
    public HearingView recordResult(long hearingId, String result, Long version) {
        Hearing hearing = repository.hearing(hearingId).orElse(null);
        if (hearing == null) {
            access.requirePermission(YjPermissions.COURT, HEARD, "youth-justice-hearing", Long.toString(hearingId));
            throw new RecordNotFoundException(-1);
        }
        access.require(YjPermissions.COURT, HEARD, hearing.getPersonId());
        YjAccess.checkVersion(hearing, version);
        if (result == null || result.isBlank()) {
            throw new InvalidInputException("result", "Say what the court did.");
        }
        if (result.trim().length() > 500) {
            throw new InvalidInputException("result", "Keep the result to 500 characters.");
        }
        if (hearing.getHearingOn().isAfter(access.today())) {
            String notYet = "The hearing is on " + hearing.getHearingOn() + ": record what happened once it has taken place.";
            throw new RuleRefusedException("result", notYet, List.of(notYet));
        }
        hearing.heard(result.trim(), access.today());
        hearing.touched(access.username(), access.now());
        repository.flush();
        access.success(HEARD, hearing.getPersonId(), "hearing " + hearingId + " result recorded");
        return new HearingView(hearing, access.childName(hearing.getPersonId()));
    }

    public ReportView requestReport(long personId, @NotNull @Valid ReportForm form) {
        access.require(YjPermissions.COURT, REPORT, personId);
        if (form.getDueOn().isBefore(form.getRequestedOn())) {
            throw new InvalidInputException("dueOn", "A report cannot be due before the court asked for it.");
        }
        Long hearingId = null;
        if (form.getHearingId() != null) {
            hearingId = repository.hearing(form.getHearingId()).filter(h -> h.getPersonId() == personId).map(Hearing::getId)
                    .orElseThrow(() -> new InvalidInputException("hearingId", "This child has no such hearing recorded."));
        }
        PreSentenceReport report = repository.add(new PreSentenceReport(personId, hearingId, form.getRequestedOn(), form.getDueOn(),
                access.username(), access.now()));
        access.success(REPORT, personId, "pre-sentence report " + report.getId() + " due " + report.getDueOn());
        return new ReportView(report, access.childName(personId), access.today());
    }

    public ReportView fileReport(long reportId, LocalDate filedOn, Long version) {
        PreSentenceReport report = repository.report(reportId).orElse(null);
        if (report == null) {
            access.requirePermission(YjPermissions.COURT, FILED, "youth-justice-psr", Long.toString(reportId));
            throw new RecordNotFoundException(-1);
        }
        access.require(YjPermissions.COURT, FILED, report.getPersonId());
        YjAccess.checkVersion(report, version);
        if (report.isFiled()) {
            String already = "This report was filed on " + report.getFiledOn() + ".";
            throw new RuleRefusedException("filedOn", already, List.of(already));
        }
        access.pastOrToday(filedOn, "filedOn", "the day the report was filed");
        if (filedOn.isBefore(report.getRequestedOn())) {
            throw new InvalidInputException("filedOn", "A report cannot be filed before the court asked for it.");
        }
        report.file(filedOn);
        report.touched(access.username(), access.now());
        repository.flush();
        access.success(FILED, report.getPersonId(), "pre-sentence report " + reportId + " filed" + (report.isLate() ? " late" : ""));
        return new ReportView(report, access.childName(report.getPersonId()), access.today());
    }

    /** The court diary from one day to another (at most a year), of children the user may reach. */
    public List<HearingView> diary(LocalDate from, LocalDate to) {
        access.requirePermission(YjPermissions.ACCESS, VIEW, "module", "youth-justice");
        requireDiaryDay("from", from);
        requireDiaryDay("to", to);
        LocalDate start = from == null ? access.today() : from;
        LocalDate end = to == null ? start.plusWeeks(4) : to;
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "The diary's last day cannot come before its first.");
        }
        if (end.isAfter(start.plusDays(MAX_DIARY_DAYS))) {
            throw new InvalidInputException("to", "Ask for the diary a year at a time at most.");
        }
        List<HearingView> hearings = repository.hearingsBetween(start, end).stream().filter(h -> access.mayReach(h.getPersonId()))
                .map(h -> new HearingView(h, access.childName(h.getPersonId()))).toList();
        access.success(VIEW, "module", "youth-justice", "court diary " + start + " to " + end + ": " + hearings.size());
        return hearings;
    }

    /** A day the diary can hold: far-off dates are a mistake, and would overflow the date arithmetic and the database. */
    private static void requireDiaryDay(String field, LocalDate day) {
        if (day != null && (day.isBefore(FIRST_DIARY_DAY) || day.isAfter(LAST_DIARY_DAY))) {
            throw new InvalidInputException(field, "Give a day between " + FIRST_DIARY_DAY + " and " + LAST_DIARY_DAY + ".");
        }
    }

    /** Reports not yet filed for children the user may reach, soonest due first; only the overdue ones if asked. */
    public List<ReportView> unfiledReports(boolean overdueOnly) {
        access.requirePermission(YjPermissions.ACCESS, VIEW, "module", "youth-justice");
        LocalDate today = access.today();
        List<ReportView> reports = repository.unfiledReports().stream()
                .filter(r -> !overdueOnly || r.isOverdue(today)).filter(r -> access.mayReach(r.getPersonId()))
                .map(r -> new ReportView(r, access.childName(r.getPersonId()), today)).toList();
        access.success(VIEW, "module", "youth-justice", "pre-sentence reports listed: " + reports.size());
        return reports;
    }

    private static HearingPurpose purpose(String value) {
        try {
            return HearingPurpose.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("purpose", "Choose one of the hearing's purposes listed.");
        }
    }
}
