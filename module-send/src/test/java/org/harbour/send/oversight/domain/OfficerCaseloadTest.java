package org.harbour.send.oversight.domain;

import org.harbour.send.assessment.domain.EhcRequest;
import org.harbour.send.assessment.domain.RequestSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each officer's open requests tallied on Monday 1 June 2026. */
class OfficerCaseloadTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static EhcRequest received(String officer, int weeksAgo) {
        return new EhcRequest(7L, TODAY.minusWeeks(weeksAgo), RequestSource.PARENT, false, officer, officer, Instant.EPOCH);
    }

    @Test
    void eachOfficerHasTheirOpenRequestsOnTrackAtRiskOrLate() {
        EhcRequest fresh = received("owen.price", 2);
        EhcRequest undecided = received("grace.lee", 7);
        EhcRequest noDraftAtWeek16 = received("grace.lee", 16);
        noDraftAtWeek16.decide(true, TODAY.minusWeeks(12), null);
        EhcRequest pastTwenty = received("grace.lee", 21);
        pastTwenty.decide(true, TODAY.minusWeeks(17), null);

        List<OfficerCaseload> tallies = OfficerCaseload.tally(List.of(fresh, undecided, noDraftAtWeek16, pastTwenty), TODAY);

        assertEquals(List.of(new OfficerCaseload("grace.lee", 3, 1, 1, 1, 1), new OfficerCaseload("owen.price", 1, 1, 0, 0, 0)),
                tallies, "undecided after 7 weeks: on track for 20 but its 6-week decision overdue; "
                        + "no draft in week 17: at risk; week 22: late");
    }
}
