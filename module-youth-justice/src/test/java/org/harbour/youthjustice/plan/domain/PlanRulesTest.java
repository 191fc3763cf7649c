package org.harbour.youthjustice.plan.domain;

import org.harbour.youthjustice.recording.domain.RuleBroken;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 12);

    private static StatusFacts facts(int offered, int attended, boolean neet, boolean sendNeed, boolean sendPlan,
                                     boolean mhNeed, boolean mhOffered, boolean mhAttending) {
        return new StatusFacts(true, offered, attended, neet, sendNeed, sendPlan, mhNeed, mhOffered, mhAttending, false, false, false);
    }

    private static List<String> fields(StatusFacts f) {
        return f.problems().stream().map(RuleBroken::field).toList();
    }

    @Test
    void anInterventionEndsCompletedOrNotAndNeverBeforeItBegan() {
        Intervention i = new Intervention(1, InterventionType.WEAPONS_AWARENESS, START, "dan", Instant.EPOCH);
        assertThat(i.refusal(6, 7, null, Completion.ONGOING)).get().extracting(RuleBroken::field).isEqualTo("sessionsAttended");
        assertThat(i.refusal(6, 6, START.plusDays(30), Completion.ONGOING)).get().extracting(RuleBroken::field).isEqualTo("completion");
        assertThat(i.refusal(6, 6, null, Completion.COMPLETED)).get().extracting(RuleBroken::field).isEqualTo("endedOn");
        assertThat(i.refusal(6, 6, START.minusDays(1), Completion.COMPLETED)).get().extracting(RuleBroken::field).isEqualTo("endedOn");
        i.progress(6, 5, START.plusDays(42), Completion.COMPLETED);
        assertThat(i.getCompletion()).isEqualTo(Completion.COMPLETED);
        assertThat(i.getSessionsAttended()).isEqualTo(5);
        assertThatThrownBy(() -> i.progress(2, 3, null, Completion.ONGOING)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void educationHoursAttendedAreAtMostThoseOfferedAndAChildInEducationIsNotNeet() {
        assertThat(fields(facts(25, 25, false, false, false, false, false, false))).isEmpty();
        assertThat(fields(facts(25, 26, false, false, false, false, false, false))).containsExactly("educationHoursAttended");
        assertThat(fields(facts(41, 0, false, false, false, false, false, false))).containsExactly("educationHoursOffered");
        assertThat(fields(facts(10, 4, true, false, false, false, false, false))).containsExactly("neet");
        assertThat(fields(facts(0, 0, true, false, false, false, false, false))).isEmpty();
    }

    @Test
    void aSendPlanFollowsANeedAndHealthSupportGoesNeedOfferedAttending() {
        assertThat(fields(facts(25, 20, false, false, true, false, false, false))).containsExactly("sendPlan");
        assertThat(fields(facts(25, 20, false, true, true, false, false, false))).isEmpty();
        assertThat(fields(facts(25, 20, false, false, false, false, true, false))).containsExactly("mentalHealthOffered");
        assertThat(fields(facts(25, 20, false, false, false, true, false, true))).containsExactly("mentalHealthAttending");
        assertThat(fields(facts(25, 20, false, false, false, true, true, true))).isEmpty();
        StatusFacts substance = new StatusFacts(true, 0, 0, false, false, false, false, false, false, false, true, false);
        assertThat(fields(substance)).containsExactly("substanceMisuseOffered");
    }

    @Test
    void aStatusThatContradictsItselfIsNotKept() {
        assertThatThrownBy(() -> new ChildStatus(1, StatusSubject.ORDER, 2, StatusPoint.START, START,
                facts(10, 11, false, false, false, false, false, false), "dan", Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }
}
