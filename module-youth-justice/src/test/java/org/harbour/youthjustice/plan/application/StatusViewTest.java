package org.harbour.youthjustice.plan.application;

import org.harbour.youthjustice.plan.domain.ChildStatus;
import org.harbour.youthjustice.plan.domain.InterventionType;
import org.harbour.youthjustice.plan.domain.StatusFacts;
import org.harbour.youthjustice.plan.domain.StatusPoint;
import org.harbour.youthjustice.plan.domain.StatusSubject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class StatusViewTest {

    private static final ChildStatus STATUS = new ChildStatus(7, StatusSubject.ORDER, 3, StatusPoint.END, LocalDate.of(2026, 3, 9),
            new StatusFacts(true, 25, 20, false, true, true, true, true, true, true, true, false), "dan", Instant.EPOCH);

    @Test
    void withoutTheHealthPermissionTheMentalHealthAndSubstanceMisuseAnswersAreWithheld() {
        StatusView withheld = new StatusView(STATUS, false);
        assertThat(withheld.isHealthShown()).isFalse();
        assertThat(Arrays.asList(withheld.getMentalHealthNeed(), withheld.getMentalHealthOffered(), withheld.getMentalHealthAttending(),
                withheld.getSubstanceMisuseNeed(), withheld.getSubstanceMisuseOffered(), withheld.getSubstanceMisuseAttending()))
                .containsOnlyNulls();
        assertThat(withheld.isAccommodationSuitable()).isTrue();
        assertThat(withheld.getEducationHoursAttended()).isEqualTo(20);
        assertThat(withheld.isSendPlan()).as("education's SEND answers are not health data").isTrue();
    }

    @Test
    void withItTheyAreShownAsTaken() {
        StatusView shown = new StatusView(STATUS, true);
        assertThat(shown.isHealthShown()).isTrue();
        assertThat(shown.getMentalHealthAttending()).isTrue();
        assertThat(shown.getSubstanceMisuseAttending()).isFalse();
    }

    @Test
    void theWiderServicesOfTheDayAreNamedAndNoneIsSaid() {
        assertThat(new StatusView(STATUS, true, java.util.List.of("Child in need plan", "Looked after")).getWiderServicesInWords())
                .isEqualTo("Child in need plan, Looked after");
        assertThat(new StatusView(STATUS, true, java.util.List.of()).getWiderServicesInWords()).isEqualTo("None");
    }

    @Test
    void onlyMentalHealthAndSubstanceMisuseInterventionsAreHealthData() {
        assertThat(Arrays.stream(InterventionType.values()).filter(InterventionType::isHealth))
                .containsExactly(InterventionType.MENTAL_HEALTH, InterventionType.SUBSTANCE_MISUSE);
    }
}
