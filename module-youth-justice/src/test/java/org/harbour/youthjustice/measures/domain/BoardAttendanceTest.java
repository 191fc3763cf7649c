package org.harbour.youthjustice.measures.domain;

import org.harbour.core.spi.indicator.IndicatorCount;
import org.harbour.youthjustice.board.domain.StatutoryPartner;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoardAttendanceTest {

    @Test
    void statutoryPartnersPlacesAreCountedPerMeetingAndOthersAreNot() {
        List<BoardAttendance.Meeting> meetings = List.of(
                new BoardAttendance.Meeting(LocalDate.of(2025, 3, 4), EnumSet.allOf(StatutoryPartner.class)),
                new BoardAttendance.Meeting(LocalDate.of(2025, 3, 25),
                        EnumSet.of(StatutoryPartner.POLICE, StatutoryPartner.HEALTH, StatutoryPartner.COURTS)));

        var counts = BoardAttendance.count(meetings, YearMonth.of(2025, 3), YearMonth.of(2025, 4));

        IndicatorCount march = counts.get(YearMonth.of(2025, 3));
        assertThat(march.numerator()).as("5 at the first, police and health at the second; courts not counted").isEqualTo(7);
        assertThat(march.denominator()).isEqualTo(10);
        assertThat(march.numeratorPeople()).isEmpty();
        assertThat(counts.get(YearMonth.of(2025, 4)).denominator()).as("no meeting, no figure").isZero();
    }
}
