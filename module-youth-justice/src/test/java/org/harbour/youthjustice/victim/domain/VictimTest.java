package org.harbour.youthjustice.victim.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VictimTest {

    private static final LocalDate ASKED = LocalDate.of(2026, 2, 3);

    private static Victim victim() {
        return new Victim(1, 2, "A shopkeeper", null, "dan", Instant.EPOCH);
    }

    @Test
    void withoutConsentTheServiceMakesNoContact() {
        Victim notAsked = victim();
        assertThatThrownBy(() -> notAsked.contact(null, null, true, false, false, false)).isInstanceOf(IllegalArgumentException.class);
        Victim declined = victim();
        assertThatThrownBy(() -> declined.contact(false, ASKED, false, false, true, false)).isInstanceOf(IllegalArgumentException.class);
        declined.contact(false, ASKED, false, false, false, false);
        assertThat(declined.getConsentToContact()).isFalse();
    }

    @Test
    void consentIsDatedAndOpensTheWayToViewsSupportAndRestorativeJustice() {
        Victim v = victim();
        assertThatThrownBy(() -> v.contact(true, null, false, false, false, false)).isInstanceOf(IllegalArgumentException.class);
        v.contact(true, ASKED, true, true, true, true);
        assertThat(v.getConsentAskedOn()).isEqualTo(ASKED);
        assertThat(v.isViewsSought() && v.isKeptInformed() && v.isSupportOffered() && v.isRestorativeJusticeOffered()).isTrue();
    }

    @Test
    void notYetAskedKeepsNoDay() {
        Victim v = victim();
        v.contact(null, ASKED, false, false, false, false);
        assertThat(v.getConsentToContact()).isNull();
        assertThat(v.getConsentAskedOn()).isNull();
    }
}
