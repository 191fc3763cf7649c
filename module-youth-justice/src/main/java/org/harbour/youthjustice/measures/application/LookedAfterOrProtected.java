package org.harbour.youthjustice.measures.application;

import org.harbour.core.spi.casedata.CaseData;
import org.harbour.core.spi.casedata.EpisodeRow;
import org.harbour.core.spi.casedata.InvolvementRow;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** Children the social care record has looked after or on a child protection plan on a day: Turnaround is not for them. */
final class LookedAfterOrProtected {

    private LookedAfterOrProtected() {
    }

    static Set<Long> on(CaseData caseData, LocalDate day) {
        return caseData.read(q -> {
            Set<Long> ids = new HashSet<>();
            q.episodesOverlapping(day, day).stream().filter(e -> e.openAt(day)).map(EpisodeRow::personId).forEach(ids::add);
            q.involvementsOverlapping("CP_PLAN", day, day).stream().filter(i -> i.openAt(day))
                    .map(InvolvementRow::personId).forEach(ids::add);
            return ids;
        });
    }
}
