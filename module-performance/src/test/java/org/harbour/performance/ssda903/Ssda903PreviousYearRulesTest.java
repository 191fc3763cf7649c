package org.harbour.performance.ssda903;

import org.harbour.core.spi.casedata.LookedAfterStatusRow;
import org.harbour.core.spi.returns.ReturnPeriod;
import org.harbour.core.spi.returns.ReturnPeriodRule;
import org.harbour.core.spi.returns.ValidationMessage;
import org.harbour.performance.ssda903.domain.Ssda903Child;
import org.harbour.performance.ssda903.domain.Ssda903Codes;
import org.harbour.performance.ssda903.domain.Ssda903Episode;
import org.harbour.performance.ssda903.domain.Ssda903PreviousYearRules;
import org.harbour.performance.ssda903.infrastructure.Ssda903Csv;
import org.harbour.performance.ssda903.infrastructure.Ssda903CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SSDA903 rules on last year's return, each on a girl looked after since June 2024 whose
 * 2024-25 and 2025-26 returns are written by the return's own writer and read back from the files:
 * the two years agreeing break no rule, and each rule is broken by the one difference it forbids,
 * with its code, its field, which return it was compared with and the page that puts it right.
 */
class Ssda903PreviousYearRulesTest {

    private static final ReturnPeriod LAST = ReturnPeriodRule.aprilToMarch().period("2024-25");
    private static final ReturnPeriod YEAR = ReturnPeriodRule.aprilToMarch().period("2025-26");
    private static final long CHILD = 71;
    private static final long EPISODE = 710;
    private static final String UPN = "A123456789012";

    private static LocalDate d(String day) {
        return day == null ? null : LocalDate.parse(day);
    }

    /** The episode begun on 1 June 2024 in foster care, open on both years' 31 March unless ended. */
    private static Ssda903Episode episode(long id, String start, String rne, String ls, String cin, String place,
                                          String provider, String urn, String end, ReturnPeriod period) {
        return new Ssda903Episode(id, 7, d(start), rne, ls, cin, place, provider, d(end), end == null ? null : "E4A",
                null, "HB3 7", "HB4 2", urn, period.contains(d(start)));
    }

    private static Ssda903Episode fostered(ReturnPeriod period) {
        return episode(EPISODE, "2024-06-01", "S", "C2", "N1", "U1", "PR1", "XXXXXXX", null, period);
    }

    private static LookedAfterStatusRow status(String uascFrom, String uascCeased, boolean mother) {
        return new LookedAfterStatusRow(1, CHILD, d(uascFrom), d(uascCeased), mother,
                mother ? d("2025-01-05") : null, null, null, null, null, null, null, null, null, null, false, null,
                null, null);
    }

    private static Ssda903Child child(String sex, String born, String ethnicity, String upn,
                                      LookedAfterStatusRow status, Ssda903Episode... episodes) {
        return new Ssda903Child(CHILD, d(born), sex, ethnicity, upn, List.of(episodes), List.of(), null, status,
                null, List.of(), false, List.of());
    }

    private static Ssda903Child lastYear() {
        return child("F", "2009-05-05", "WBRI", UPN, status(null, null, true), fostered(LAST));
    }

    private static Ssda903Child thisYear() {
        return child("F", "2009-05-05", "WBRI", UPN, status(null, null, true), fostered(YEAR));
    }

    private static List<ValidationMessage> check(Ssda903Child last, int lastCodesYear, Ssda903Child now) {
        var before = Ssda903CsvReader.tables(Ssda903Csv.write(List.of(last), Ssda903Codes.forYear(lastCodesYear),
                LAST));
        var files = Ssda903Csv.write(List.of(now), Ssda903Codes.forYear(2025), YEAR);
        return Ssda903PreviousYearRules.check(List.of(now), Ssda903CsvReader.tables(files), before,
                "the SSDA903 for 2024-25 produced on 20/05/2025", YEAR);
    }

    private static List<ValidationMessage> check(Ssda903Child last, Ssda903Child now) {
        return check(last, 2024, now);
    }

    @Test
    void twoYearsThatAgreeBreakNoRule() {
        assertThat(check(lastYear(), thisYear())).isEmpty();
        // Sex written 2 in 2023-24 and F since is the same sex.
        assertThat(check(lastYear(), 2023, thisYear())).isEmpty();
        // A UPN found this year for a child whose UPN was not known last year.
        assertThat(check(child("F", "2009-05-05", "WBRI", null, status(null, null, true), fostered(LAST)),
                thisYear())).isEmpty();
        // Last year's episode ended on 31 March; this year's began on 1 April: nothing was left open.
        assertThat(check(child("F", "2009-05-05", "WBRI", UPN, status(null, null, true),
                        episode(1, "2024-06-01", "S", "C2", "N1", "U1", "PR1", "XXXXXXX", "2025-03-31", LAST)),
                child("F", "2009-05-05", "WBRI", UPN, status(null, null, true),
                        episode(2, "2025-04-01", "S", "C2", "N1", "K2", "PR1", null, null, YEAR)))).isEmpty();
        // UASC in both years, still on both 31 Marches.
        assertThat(check(child("F", "2009-05-05", "WBRI", UPN, status("2024-05-01", null, true), fostered(LAST)),
                child("F", "2009-05-05", "WBRI", UPN, status("2024-05-01", null, true), fostered(YEAR)))).isEmpty();
    }

    static Stream<Arguments> failing() {
        return Stream.of(
                Arguments.of("202", "SEX", lastYear(), child("M", "2009-05-05", "WBRI", UPN, null, fostered(YEAR))),
                Arguments.of("203", "DOB", lastYear(), child("F", "2009-05-06", "WBRI", UPN, status(null, null, true),
                        fostered(YEAR))),
                Arguments.of("204", "ETHNIC", lastYear(), child("F", "2009-05-05", "WOTH", UPN,
                        status(null, null, true), fostered(YEAR))),
                Arguments.of("207", "MOTHER", lastYear(), child("F", "2009-05-05", "WBRI", UPN,
                        status(null, null, false), fostered(YEAR))),
                Arguments.of("208", "UPN", lastYear(), child("F", "2009-05-05", "WBRI", "H243278544154",
                        status(null, null, true), fostered(YEAR))),
                Arguments.of("502", "DECOM", lastYear(), child("F", "2009-05-05", "WBRI", UPN, status(null, null, true),
                        episode(EPISODE, "2024-07-01", "S", "C2", "N1", "U1", "PR1", "XXXXXXX", null, YEAR))),
                Arguments.of("503A", "RNE", lastYear(), withEpisode("P", "C2", "N1", "U1", "PR1", "XXXXXXX")),
                Arguments.of("503B", "LS", lastYear(), withEpisode("S", "J1", "N1", "U1", "PR1", "XXXXXXX")),
                Arguments.of("503C", "CIN", lastYear(), withEpisode("S", "C2", "N2", "U1", "PR1", "XXXXXXX")),
                Arguments.of("503D", "PLACE", lastYear(), withEpisode("S", "C2", "N1", "U2", "PR1", "XXXXXXX")),
                Arguments.of("503E", "PLACE_PROVIDER", lastYear(), withEpisode("S", "C2", "N1", "U1", "PR2",
                        "XXXXXXX")),
                Arguments.of("503F", "URN", lastYear(), withEpisode("S", "C2", "N1", "U1", "PR1", "SC123456")),
                // Last year's return ended the episode in February; this year's starts in March, before the year.
                Arguments.of("562", "DECOM", child("F", "2009-05-05", "WBRI", UPN, status(null, null, true),
                                episode(1, "2024-06-01", "S", "C2", "N1", "U1", "PR1", "XXXXXXX", "2025-02-01", LAST)),
                        child("F", "2009-05-05", "WBRI", UPN, status(null, null, true),
                                episode(2, "2025-03-01", "S", "C2", "N1", "U1", "PR1", "XXXXXXX", null, YEAR))),
                Arguments.of("205A", "DUC", child("F", "2009-05-05", "WBRI", UPN, status("2024-05-01", null, true),
                        fostered(LAST)), thisYear()),
                Arguments.of("205B", "DUC", child("F", "2009-05-05", "WBRI", UPN,
                                status("2024-05-01", "2025-01-01", true), fostered(LAST)),
                        child("F", "2009-05-05", "WBRI", UPN, status("2025-06-01", null, true), fostered(YEAR))),
                Arguments.of("205D", "UASC", lastYear(), child("F", "2009-05-05", "WBRI", UPN,
                        status("2024-12-01", null, true), fostered(YEAR))));
    }

    private static Ssda903Child withEpisode(String rne, String ls, String cin, String place, String provider,
                                            String urn) {
        return child("F", "2009-05-05", "WBRI", UPN, status(null, null, true),
                episode(EPISODE, "2024-06-01", rne, ls, cin, place, provider, urn, null, YEAR));
    }

    @ParameterizedTest(name = "rule {0} on {1}")
    @MethodSource("failing")
    void eachRuleIsBrokenByTheOneDifferenceItForbids(String code, String field, Ssda903Child last, Ssda903Child now) {
        List<ValidationMessage> found = check(last, now).stream().filter(m -> m.ruleCode().equals(code)).toList();
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.severity()).isEqualTo(ValidationMessage.Severity.ERROR);
            assertThat(m.field()).isEqualTo(field);
            assertThat(m.personId()).isEqualTo(CHILD);
            assertThat(m.message()).endsWith("Compared with the SSDA903 for 2024-25 produced on 20/05/2025.");
            assertThat(m.link()).startsWith("/").contains(Long.toString(CHILD));
        });
    }

    @Test
    void anEpisodeFindingLinksToThisYearsEpisode() {
        assertThat(check(lastYear(), withEpisode("S", "J1", "N1", "U1", "PR1", "XXXXXXX")))
                .extracting(ValidationMessage::link)
                .containsExactly("/case/involvement.xhtml?person=" + CHILD + "&kind=placement-episode&id=" + EPISODE);
    }
}
