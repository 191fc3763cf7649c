package org.harbour.performance.ssda903.infrastructure;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.harbour.core.spi.casedata.HealthOutcomeRow;
import org.harbour.core.spi.casedata.LookedAfterStatusRow;
import org.harbour.core.spi.casedata.MissingEpisodeRow;
import org.harbour.core.spi.casedata.WorkerEpisodeRow;
import org.harbour.core.spi.returns.ReturnFile;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.performance.ssda903.domain.CareLeaverOutcome;
import org.harbour.performance.ssda903.domain.Ssda903Child;
import org.harbour.performance.ssda903.domain.Ssda903Codes;
import org.harbour.performance.ssda903.domain.Ssda903Episode;
import org.harbour.performance.ssda903.domain.Ssda903Review;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the SSDA903 tables as CSV files with the DfE's column names and date format (dd/mm/yyyy),
 * one file per table, named {@code 903_<table>.csv}; a table with no child in the year is written
 * with its header alone. An empty field is written empty, never as a placeholder; yes/no fields
 * are 1 and 0 as the DfE asks.
 */
public final class Ssda903Csv {

    public static final List<String> HEADER = List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB");
    public static final List<String> EPISODES = List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE",
            "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN");
    public static final List<String> REVIEWS = List.of("CHILD", "DOB", "REVIEW", "REVIEW_CODE");
    public static final List<String> UASC = List.of("CHILD", "SEX", "DOB", "DUC");
    public static final List<String> OC2 = List.of("CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED",
            "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE",
            "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED");
    public static final List<String> OC3 = List.of("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM");
    public static final List<String> AD1 = List.of("CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE",
            "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");
    public static final List<String> PLACED_ADOPTION = List.of("CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED",
            "REASON_PLACED_CEASED");
    public static final List<String> PREV_PERM = List.of("CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM");
    public static final List<String> MISSING = List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END");
    public static final List<String> SW_EPISODES = List.of("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private Ssda903Csv() {
    }

    /** The files of the return: Header, Episodes, Reviews, UASC, OC2, OC3, AD1, PlacedAdoption, PrevPerm, Missing and SWEpisodes. */
    public static List<ReturnFile> write(List<Ssda903Child> children, Ssda903Codes codes, ReturnPeriod period) {
        List<List<Object>> header = new ArrayList<>();
        List<List<Object>> episodes = new ArrayList<>();
        List<List<Object>> reviews = new ArrayList<>();
        List<List<Object>> uasc = new ArrayList<>();
        List<List<Object>> oc2 = new ArrayList<>();
        List<List<Object>> oc3 = new ArrayList<>();
        List<List<Object>> ad1 = new ArrayList<>();
        List<List<Object>> placed = new ArrayList<>();
        List<List<Object>> prevPerm = new ArrayList<>();
        List<List<Object>> missing = new ArrayList<>();
        List<List<Object>> workers = new ArrayList<>();
        for (Ssda903Child c : children) {
            String dob = date(c.dateOfBirth());
            LookedAfterStatusRow s = c.status();
            header.add(row(c.childId(), codes.sexCode(c.sex()), dob, c.ethnicity(), c.upn(), mother(c),
                    s != null && s.mother() ? date(s.childBornOn()) : null));
            for (Ssda903Episode e : c.episodes()) {
                episodes.add(row(c.childId(), date(e.start()), e.reasonNewEpisode(), e.legalStatus(),
                        e.categoryOfNeed(), e.placement(), e.provider(), date(e.end()), e.reasonCeased(),
                        e.reasonPlaceChange(), e.homePostcode(), e.placementPostcode(), e.urn()));
            }
            for (Ssda903Review r : c.reviews()) {
                reviews.add(row(c.childId(), dob, date(r.held()), r.participationCode()));
            }
            if (c.uascIn(period)) {
                uasc.add(row(c.childId(), codes.sexCode(c.sex()), dob, date(within(s.uascCeased(), period))));
            }
            if (c.inOc2()) {
                oc2.add(oc2(c, dob));
            }
            CareLeaverOutcome leaver = c.careLeaver();
            if (leaver != null) {
                oc3.add(row(c.childId(), dob, leaver.inTouch(), leaver.activity(), leaver.accommodation()));
            }
            if (c.adoptedInYear()) {
                ad1.add(s == null ? row(c.childId(), dob, null, null, null, null, null, null)
                        : row(c.childId(), dob, date(s.adoptionDecidedOn()), date(s.adoptionMatchedOn()),
                        flag(s.adoptedByFosterCarer()), s.adoptersNumber(), s.adoptersSex(), s.adoptersLegalStatus()));
            }
            if (c.adoptionDecisionIn(period)) {
                LocalDate stopped = within(s.adoptionStoppedOn(), period);
                placed.add(row(c.childId(), dob, date(s.adoptionDecidedOn()), date(stopped),
                        stopped == null ? null : s.adoptionStoppedReason()));
            }
            if (c.startedInYear()) {
                prevPerm.add(s == null ? row(c.childId(), dob, null, null, null)
                        : row(c.childId(), dob, s.previousPermanence(), s.previousPermanenceLa(),
                        date(s.previousPermanenceDate())));
            }
            for (MissingEpisodeRow m : c.missing()) {
                // Back after 31 March: still missing on the year's last day, so no MIS_END yet (as an open episode has no DEC).
                missing.add(row(c.childId(), dob, m.kind(), date(m.start()), date(within(m.end(), period))));
            }
            for (WorkerEpisodeRow w : c.workers()) {
                // The worker by staff id, never by name; a change after 31 March is not yet known to the return.
                LocalDate ended = within(w.end(), period);
                workers.add(row(c.childId(), dob, w.workerId(), date(w.start()), date(ended),
                        ended == null ? null : w.changeReason()));
            }
        }
        return List.of(file("903_Header.csv", HEADER, header), file("903_Episodes.csv", EPISODES, episodes),
                file("903_Reviews.csv", REVIEWS, reviews), file("903_UASC.csv", UASC, uasc),
                file("903_OC2.csv", OC2, oc2), file("903_OC3.csv", OC3, oc3), file("903_AD1.csv", AD1, ad1),
                file("903_PlacedAdoption.csv", PLACED_ADOPTION, placed),
                file("903_PrevPerm.csv", PREV_PERM, prevPerm), file("903_Missing.csv", MISSING, missing),
                file("903_SWEpisodes.csv", SW_EPISODES, workers));
    }

    /** MOTHER: 1 or 0 for a girl whose looked-after facts are recorded; empty otherwise. */
    private static String mother(Ssda903Child c) {
        if (c.status() == null || !"F".equals(c.sex())) {
            return null;
        }
        return flag(c.status().mother());
    }

    /** An OC2 row; a child whose year is not recorded still has a row, with the fields empty (the checks query it). */
    private static List<Object> oc2(Ssda903Child c, String dob) {
        HealthOutcomeRow h = c.health();
        if (h == null) {
            return row(c.childId(), dob, null, null, null, null, null, null, null, null, null, null);
        }
        return row(c.childId(), dob, h.sdqScore(), h.sdqReason(), flag(h.convicted()), flag(h.healthCheck()),
                flag(h.immunisations()), flag(h.teethCheck()), flag(h.healthAssessment()), flag(h.substanceMisuse()),
                flag(h.interventionReceived()), flag(h.interventionOffered()));
    }

    /** A date after the year is not yet known to the return (as an episode open on 31 March has no DEC). */
    private static LocalDate within(LocalDate day, ReturnPeriod period) {
        return day == null || day.isAfter(period.end()) ? null : day;
    }

    private static String flag(Boolean value) {
        return value == null ? null : value ? "1" : "0";
    }

    private static ReturnFile file(String name, List<String> columns, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).build();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + name, e);
        }
        return new ReturnFile(name, MEDIA_TYPE, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>(values.length);
        for (Object v : values) {
            row.add(v == null ? "" : v);
        }
        return row;
    }

    private static String date(LocalDate day) {
        return day == null ? null : day.format(DATE);
    }
}
