package org.harbour.send.oversight.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.assessment.domain.EhcRequest;
import org.harbour.send.assessment.infrastructure.RequestRepository;
import org.harbour.send.oversight.domain.OfficerCaseload;

import java.time.LocalDate;
import java.util.List;

/**
 * The SEND team manager's view of every officer's caseload against the law's clocks, and one
 * officer's open requests to drill into. Only requests for children within the manager's reach count.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(SendPermissions.ACCESS)
public class CaseloadOversight {

    public static final String VIEW = "SEND_CASELOADS_VIEW";

    @Inject
    private RequestRepository requests;

    @Inject
    private SendAccess access;

    public List<OfficerCaseload> byOfficer() {
        access.requirePermission(SendPermissions.OVERSEE, VIEW, "module", "send");
        List<OfficerCaseload> tallies = OfficerCaseload.tally(reachable(requests.allOpen()), access.today());
        access.success(VIEW, "module", "send", "caseloads of " + tallies.size() + " officers");
        return tallies;
    }

    /** One officer's open requests, longest waiting first. */
    public List<OpenRequest> ofOfficer(String officer) {
        access.requirePermission(SendPermissions.OVERSEE, VIEW, "module", "send");
        LocalDate today = access.today();
        List<OpenRequest> open = reachable(requests.openOf(officer == null ? "" : officer.strip())).stream()
                .map(r -> new OpenRequest(r.getId(), r.getPersonId(), access.nameOf(r.getPersonId()), r.getReceivedOn(),
                        r.weekOn(today), r.getStage().name(), r.week20(today).name(), r.week20(today).getLabel()))
                .toList();
        access.success(VIEW, "module", "send", "caseload of " + officer + ": " + open.size() + " open requests");
        return open;
    }

    private List<EhcRequest> reachable(List<EhcRequest> all) {
        return all.stream().filter(r -> access.mayReach(r.getPersonId())).toList();
    }

    /** An open request as the manager's drill-down lists it. */
    public record OpenRequest(long id, long personId, String name, LocalDate receivedOn, long week, String stage,
                              String week20, String week20Label) {
    }
}
