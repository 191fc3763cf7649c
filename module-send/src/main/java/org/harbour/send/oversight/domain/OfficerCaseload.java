package org.harbour.send.oversight.domain;

import org.harbour.send.assessment.domain.EhcRequest;
import org.harbour.send.timescale.domain.Week20Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One officer's open EHC needs assessments as the SEND team manager sees them: how many, how many
 * on track, at risk or late against the 20 weeks, and how many decisions whether to assess are
 * past their 6 weeks.
 */
public record OfficerCaseload(String officer, int open, int onTrack, int atRisk, int late, int decisionsOverdue) {

    /** Each officer's tally of the open requests given, by officer's username. */
    public static List<OfficerCaseload> tally(Collection<EhcRequest> openRequests, LocalDate today) {
        Map<String, int[]> byOfficer = new TreeMap<>();
        for (EhcRequest r : openRequests) {
            int[] t = byOfficer.computeIfAbsent(r.getOfficer(), k -> new int[5]);
            t[0]++;
            Week20Status status = r.week20(today);
            if (status == Week20Status.ON_TRACK) {
                t[1]++;
            } else if (status == Week20Status.AT_RISK) {
                t[2]++;
            } else if (status == Week20Status.LATE) {
                t[3]++;
            }
            if (r.getDecidedOn() == null && today.isAfter(r.decisionDue())) {
                t[4]++;
            }
        }
        List<OfficerCaseload> tallies = new ArrayList<>();
        byOfficer.forEach((officer, t) -> tallies.add(new OfficerCaseload(officer, t[0], t[1], t[2], t[3], t[4])));
        return tallies;
    }
}
