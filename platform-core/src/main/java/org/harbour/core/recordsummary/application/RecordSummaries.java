package org.harbour.core.recordsummary.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.caseload.application.RecordWriteReach;
import org.harbour.core.involvement.domain.DfeCodes;
import org.harbour.core.involvement.domain.Involvement;
import org.harbour.core.involvement.domain.InvolvementKind;
import org.harbour.core.involvement.domain.PlacementEpisode;
import org.harbour.core.person.application.RecordAccess;
import org.harbour.core.person.domain.Person;
import org.harbour.core.recordsummary.application.RecordSummary.AlertLine;
import org.harbour.core.recordsummary.application.RecordSummary.InvolvementLine;
import org.harbour.core.recordsummary.application.RecordSummary.ProfessionalLine;
import org.harbour.core.recordsummary.domain.ChildAlert;
import org.harbour.core.recordsummary.domain.KeyProfessional;
import org.harbour.core.signoff.application.SignOffService;
import org.harbour.core.signoff.domain.SignOff;
import org.harbour.core.signoff.domain.SignOffStatus;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the top of a child's record ({@link RecordSummary}) under the need-to-know rule; every reading is audited. */
@ApplicationScoped
@Transactional
@Requires(CorePermissions.RECORDS)
public class RecordSummaries {

    public static final String VIEW = "RECORD_SUMMARY_VIEW";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private RecordAccess recordAccess;

    @Inject
    private RecordWriteReach writeReach;

    @Inject
    private ReviewSchedule reviews;

    @Inject
    private SignOffService signOffs;

    @Inject
    private AuditLog audit;

    public RecordSummary of(long personId, LocalDate today) {
        recordAccess.require(personId, VIEW);
        List<AlertLine> alerts = em.createQuery(
                        "select a from ChildAlert a where a.personId = :person order by a.startsOn desc, a.id desc", ChildAlert.class)
                .setParameter("person", personId).getResultStream()
                .map(a -> new AlertLine(AlertForm.of(a), a.isInForceOn(today), a.getRecordedBy())).toList();
        List<ProfessionalLine> professionals = em.createQuery(
                        "select p from KeyProfessional p where p.personId = :person order by p.startsOn desc, p.id desc",
                        KeyProfessional.class)
                .setParameter("person", personId).getResultStream()
                .map(p -> new ProfessionalLine(ProfessionalForm.of(p), p.isCurrentOn(today))).toList();
        Optional<PlacementEpisode> placement = em.createQuery("""
                        select e from PlacementEpisode e where e.personId = :person and e.startDate <= :today
                          and (e.endDate is null or e.endDate >= :today)
                          and exists (select i from Involvement i where i.id = e.periodId and i.endDate is null)
                        order by e.startDate desc, e.id desc""", PlacementEpisode.class)
                .setParameter("person", personId).setParameter("today", today)
                .setMaxResults(1).getResultStream().findFirst();
        List<Involvement> open = em.createQuery(
                        "select i from Involvement i where i.personId = :person order by i.startDate desc, i.id desc",
                        Involvement.class)
                .setParameter("person", personId).getResultStream()
                .filter(Involvement::isOpen)
                .filter(i -> i.getKind() != InvolvementKind.PLACEMENT_EPISODE).toList();
        Map<Long, SignOff> latest = signOffs.latestOf(open.stream().map(Involvement::getId).toList());
        boolean writable = writeReach.mayWrite(personId);
        List<InvolvementLine> involvements = open.stream().map(i -> line(i, latest.get(i.getId()), writable)).toList();
        Person person = em.find(Person.class, personId);
        RecordSummary summary = new RecordSummary(person.getAlerts(), alerts,
                placement.map(e -> DfeCodes.LEGAL_STATUS.describe(e.getLegalStatus()).orElse(e.getLegalStatus())).orElse(null),
                placement.map(RecordSummaries::placementText).orElse(null),
                placement.map(PlacementEpisode::getStartDate).orElse(null),
                professionals, involvements, reviews.dueFor(List.of(personId)), writable);
        audit.success(VIEW, RecordAccess.RECORD_TYPE, Long.toString(personId),
                summary.getCurrentAlerts().size() + " alerts in force");
        return summary;
    }

    private static String placementText(PlacementEpisode e) {
        String type = DfeCodes.PLACEMENT_TYPE.describe(e.getPlacementType()).orElse(e.getPlacementType());
        String provider = DfeCodes.PLACEMENT_PROVIDER.describe(e.getPlacementProvider()).orElse(null);
        return provider == null ? type : type + " (" + provider + ")";
    }

    private static InvolvementLine line(Involvement i, SignOff s, boolean writable) {
        boolean signable = SignOffService.SIGNED_OFF_KINDS.contains(i.getKind());
        String status = !signable ? null : s == null ? "Not submitted" : s.getStatus().getLabel();
        boolean submittable = signable && writable && (s == null || s.getStatus() == SignOffStatus.RETURNED);
        return new InvolvementLine(i.getId(), i.getKind().getLabel(), i.getKind().getSlug(), i.getStartDate(), signable,
                status, s == null ? null : s.getDecidedBy(), s == null ? null : s.getDecidedAt(),
                s == null ? null : s.getReturnReason(), submittable);
    }
}
