package org.harbour.youthjustice.record.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OffenceTest {

    private static Offence offence(OffenceType type, int gravity) {
        return new Offence(1, LocalDate.of(2025, 1, 1), type, gravity, false, "x", "dan", Instant.EPOCH);
    }

    @Test
    void seriousViolenceIsADrugRobberyOrViolenceOffenceOfGravityFiveOrMore() {
        assertThat(offence(OffenceType.ROBBERY, 5).isSeriousViolence()).isTrue();
        assertThat(offence(OffenceType.VIOLENCE_AGAINST_THE_PERSON, 4).isSeriousViolence()).isFalse();
        assertThat(offence(OffenceType.DRUGS, 8).isSeriousViolence()).isTrue();
        assertThat(offence(OffenceType.BURGLARY, 7).isSeriousViolence()).isFalse();
    }

    @Test
    void gravityIsOneToEight() {
        assertThatThrownBy(() -> offence(OffenceType.OTHER, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> offence(OffenceType.OTHER, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThat(offence(OffenceType.OTHER, 8).getGravity()).isEqualTo(8);
    }

    @Test
    void aReleaseOnALaterDayMeansTheChildWasHeldOvernight() {
        Arrest sameDay = new Arrest(1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), false, null, "dan", Instant.EPOCH);
        Arrest nextDay = new Arrest(1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2), false, null, "dan", Instant.EPOCH);
        assertThat(sameDay.isDetainedOvernight()).isFalse();
        assertThat(nextDay.isDetainedOvernight()).isTrue();
    }

    @Test
    void aRemandEndsOnceAndNotBeforeItBegan() {
        Remand remand = new Remand(1, RemandKind.LOCAL_AUTHORITY, LocalDate.of(2025, 1, 10), "dan", Instant.EPOCH);
        assertThatThrownBy(() -> remand.end(LocalDate.of(2025, 1, 9))).isInstanceOf(IllegalArgumentException.class);
        remand.end(LocalDate.of(2025, 2, 1));
        assertThat(remand.isOpen()).isFalse();
        assertThatThrownBy(() -> remand.end(LocalDate.of(2025, 2, 2))).isInstanceOf(IllegalStateException.class);
    }
}
