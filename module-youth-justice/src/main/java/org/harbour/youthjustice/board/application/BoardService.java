package org.harbour.youthjustice.board.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.indicator.ModuleIndicator;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.board.domain.BoardMeeting;
import org.harbour.youthjustice.board.domain.KpiFigure;
import org.harbour.youthjustice.board.domain.KpiSet;
import org.harbour.youthjustice.board.domain.StatutoryPartner;
import org.harbour.youthjustice.board.infrastructure.BoardRepository;
import org.harbour.youthjustice.board.infrastructure.ScrutinyPdf;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The management board: its meetings with the partners present and the KPI figures presented
 * (frozen when the meeting is recorded), the KPI set for a period, and the scrutiny PDF. Figures
 * only, no child named; all of it needs {@code youth-justice:measures}.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(YjPermissions.MEASURES)
public class BoardService {

    public static final String VIEW = "YJ_BOARD_VIEW";
    public static final String CREATE = "YJ_BOARD_MEETING_CREATE";
    public static final String MINUTES = "YJ_BOARD_MINUTES_UPDATE";
    public static final String SCRUTINY_PDF = "YJ_SCRUTINY_PDF";
    private static final String RECORD_TYPE = "youth-justice-board";
    private static final String MODULE = "youth-justice";
    /** The KPI set's order on the board's papers; a measure not named here follows, by id. */
    private static final List<String> ORDER = List.of("first-time-entrants", "custody-rate", "custodial-sentences",
            "remands-local-authority", "remands-youth-detention", "serious-violence", "ete-at-end", "accommodation-at-end",
            "send-plan-at-end", "mental-health-offered", "mental-health-attending", "substance-misuse-offered",
            "substance-misuse-attending", "out-of-court-completed", "board-attendance", "wider-services", "victims-consented",
            "victims-views-sought", "victims-kept-informed", "victims-support-offered", "victims-restorative-justice");

    @Inject
    private BoardRepository repository;

    @Inject
    private Instance<ModuleIndicator> indicators;

    @Inject
    private YjAccess access;

    public List<BoardMeetingView> meetings() {
        access.requirePermission(YjPermissions.MEASURES, VIEW, RECORD_TYPE, "meetings");
        List<BoardMeetingView> views = repository.latestFirst().stream().map(BoardMeetingView::new).toList();
        access.success(VIEW, RECORD_TYPE, "meetings", views.size() + " meetings");
        return views;
    }

    /** The KPI set over the {@code months} months before this one, as the board would be shown it today. */
    public List<KpiFigure> kpiSet(int months) {
        access.requirePermission(YjPermissions.MEASURES, VIEW, RECORD_TYPE, "kpi-set");
        YearMonth[] period = period(months);
        List<KpiFigure> figures = figures(period[0], period[1]);
        access.success(VIEW, RECORD_TYPE, "kpi-set", "KPI set " + period[0] + " to " + period[1]);
        return figures;
    }

    /** The KPI set of one of the YJB's reporting quarters ({@code quarterStart}: 1 April, July, October or January), begun by today. */
    public List<KpiFigure> kpiSetOfQuarter(LocalDate quarterStart) {
        access.requirePermission(YjPermissions.MEASURES, VIEW, RECORD_TYPE, "kpi-set");
        YearMonth[] period = quarter(quarterStart);
        List<KpiFigure> figures = figures(period[0], period[1]);
        access.success(VIEW, RECORD_TYPE, "kpi-set", "KPI set " + KpiSet.quarterLabel(quarterStart));
        return figures;
    }

    public BoardMeetingView record(@NotNull @Valid BoardForm form) {
        access.requirePermission(YjPermissions.MEASURES, CREATE, RECORD_TYPE, "new");
        Set<StatutoryPartner> present = partners(form.getPartnersPresent());
        YearMonth[] period = KpiSet.period(YearMonth.from(form.getMetOn()), form.getMonths());
        BoardMeeting meeting = repository.add(new BoardMeeting(form.getMetOn(), present, form.getAttendees().strip(),
                form.getMinutesSummary().strip(), period[0].atDay(1), period[1].atEndOfMonth(), figures(period[0], period[1]),
                access.username(), access.now()));
        access.success(CREATE, RECORD_TYPE, Long.toString(meeting.getId()), "board meeting " + form.getMetOn() + ", "
                + present.size() + " partners present, KPIs " + period[0] + " to " + period[1]);
        return new BoardMeetingView(meeting);
    }

    /** Attendance and minutes corrected; the figures presented stay as they were. Send the version read. */
    public BoardMeetingView correct(long id, @NotNull @Valid BoardForm form) {
        access.requirePermission(YjPermissions.MEASURES, MINUTES, RECORD_TYPE, Long.toString(id));
        BoardMeeting meeting = repository.find(id).orElseThrow(() -> new RecordNotFoundException(-1));
        YjAccess.checkVersion(meeting, form.getVersion());
        meeting.correctMinutes(form.getAttendees().strip(), form.getMinutesSummary().strip(), partners(form.getPartnersPresent()));
        meeting.touched(access.username(), access.now());
        repository.flush();
        access.success(MINUTES, RECORD_TYPE, Long.toString(id), "board meeting " + meeting.getMetOn() + " minutes corrected");
        return new BoardMeetingView(meeting);
    }

    /** The scrutiny update of the KPI set for the {@code months} months before this one; the download is audited. */
    public byte[] scrutinyPdf(int months) {
        access.requirePermission(YjPermissions.MEASURES, SCRUTINY_PDF, RECORD_TYPE, "scrutiny");
        return scrutinyPdf(period(months));
    }

    /** The scrutiny update of one reporting quarter's KPI set; the download is audited. */
    public byte[] scrutinyPdfOfQuarter(LocalDate quarterStart) {
        access.requirePermission(YjPermissions.MEASURES, SCRUTINY_PDF, RECORD_TYPE, "scrutiny");
        return scrutinyPdf(quarter(quarterStart));
    }

    private byte[] scrutinyPdf(YearMonth[] period) {
        Map<String, String> definitions = new LinkedHashMap<>();
        ours().forEach(i -> definitions.put(i.spec().id(), i.spec().definition()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScrutinyPdf.write(period[0].atDay(1), period[1].atEndOfMonth(), figures(period[0], period[1]), definitions, access.now(), out);
        access.success(SCRUTINY_PDF, RECORD_TYPE, "scrutiny", "scrutiny PDF " + period[0] + " to " + period[1] + ", figures only");
        return out.toByteArray();
    }

    private YearMonth[] period(int months) {
        if (months < 1 || months > 24) {
            throw new InvalidInputException("months", "The KPIs cover 1 to 24 months.");
        }
        return KpiSet.period(YearMonth.from(access.today()), months);
    }

    private YearMonth[] quarter(LocalDate quarterStart) {
        if (quarterStart == null || quarterStart.isAfter(access.today()) || quarterStart.getYear() < 2000) {
            throw new InvalidInputException("quarter", "Give the first day of a quarter from 2000 that has begun, such as 2025-04-01.");
        }
        try {
            return KpiSet.quarter(quarterStart);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("quarter", "A quarter begins on 1 April, July, October or January, such as 2025-04-01.");
        }
    }

    private List<KpiFigure> figures(YearMonth from, YearMonth to) {
        List<KpiFigure> figures = new ArrayList<>();
        for (ModuleIndicator i : ours()) {
            figures.add(KpiSet.figure(i.spec().id(), i.spec().title(), i.spec().unit().name(), i.count(from, to).values()));
        }
        return figures;
    }

    private List<ModuleIndicator> ours() {
        return indicators.stream().filter(i -> MODULE.equals(i.spec().moduleId()))
                .sorted(Comparator.comparingInt((ModuleIndicator i) -> rank(i.spec().key())).thenComparing(i -> i.spec().key()))
                .toList();
    }

    private static int rank(String key) {
        int at = ORDER.indexOf(key);
        return at < 0 ? ORDER.size() : at;
    }

    private static Set<StatutoryPartner> partners(List<String> codes) {
        Set<StatutoryPartner> present = EnumSet.noneOf(StatutoryPartner.class);
        for (String code : codes) {
            try {
                present.add(StatutoryPartner.valueOf(code.trim()));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException("partnersPresent", "Choose the partners from those listed.");
            }
        }
        return present;
    }
}
