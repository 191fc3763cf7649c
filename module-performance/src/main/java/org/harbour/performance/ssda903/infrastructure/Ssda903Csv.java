package org.harbour.performance.ssda903.infrastructure;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.harbour.core.spi.returns.ReturnFile;
import org.harbour.performance.ssda903.domain.CareLeaverOutcome;
import org.harbour.performance.ssda903.domain.Ssda903Child;
import org.harbour.performance.ssda903.domain.Ssda903Codes;
import org.harbour.performance.ssda903.domain.Ssda903Episode;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the SSDA903 tables core records the data for as CSV files with the DfE's column names
 * and date format (dd/mm/yyyy), one file per table, named {@code 903_<table>.csv}. An empty field
 * is written empty, never as a placeholder.
 */
public final class Ssda903Csv {

    public static final List<String> HEADER = List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB");
    public static final List<String> EPISODES = List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE",
            "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN");
    public static final List<String> REVIEWS = List.of("CHILD", "DOB", "REVIEW", "REVIEW_CODE");
    public static final List<String> OC3 = List.of("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private Ssda903Csv() {
    }

    /** The files of the return: Header, Episodes, Reviews and OC3, in that order. */
    public static List<ReturnFile> write(List<Ssda903Child> children, Ssda903Codes codes) {
        List<List<Object>> header = new ArrayList<>();
        List<List<Object>> episodes = new ArrayList<>();
        List<List<Object>> reviews = new ArrayList<>();
        List<List<Object>> oc3 = new ArrayList<>();
        for (Ssda903Child c : children) {
            String dob = date(c.dateOfBirth());
            // MOTHER and MC_DOB stay empty until core links a looked-after mother to her child's birth.
            header.add(row(c.childId(), codes.sexCode(c.sex()), dob, c.ethnicity(), c.upn(), null, null));
            for (Ssda903Episode e : c.episodes()) {
                episodes.add(row(c.childId(), date(e.start()), e.reasonNewEpisode(), e.legalStatus(),
                        e.categoryOfNeed(), e.placement(), e.provider(), date(e.end()), e.reasonCeased(),
                        e.reasonPlaceChange(), e.homePostcode(), e.placementPostcode(), e.urn()));
            }
            for (LocalDate held : c.reviews()) {
                // REVIEW_CODE (the child's participation) is not recorded by core yet: left empty.
                reviews.add(row(c.childId(), dob, date(held), null));
            }
            CareLeaverOutcome leaver = c.careLeaver();
            if (leaver != null) {
                oc3.add(row(c.childId(), dob, leaver.inTouch(), leaver.activity(), leaver.accommodation()));
            }
        }
        return List.of(file("903_Header.csv", HEADER, header), file("903_Episodes.csv", EPISODES, episodes),
                file("903_Reviews.csv", REVIEWS, reviews), file("903_OC3.csv", OC3, oc3));
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
