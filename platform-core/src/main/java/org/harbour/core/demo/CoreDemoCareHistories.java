package org.harbour.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.involvement.domain.Involvement;
import org.harbour.core.involvement.domain.InvolvementKind;
import org.harbour.core.involvement.domain.PlacementEpisode;
import org.harbour.core.spi.demo.DemoCareHistories;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Core's side of {@link DemoCareHistories}: writes the period and its episodes straight to core's tables. */
@ApplicationScoped
@Transactional
public class CoreDemoCareHistories implements DemoCareHistories {

    private static final String FOSTER = "U4";
    private static final String WITH_ADOPTERS = "A6";
    private static final String OWN_PROVISION = "PR1";

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Override
    public long removal(long childId, LocalDate careOrderOn, LocalDate placementOrderOn, LocalDate adoptedOn,
                        String adoptionReason) {
        if (placementOrderOn != null && !placementOrderOn.isAfter(careOrderOn)
                || adoptedOn != null && (placementOrderOn == null || !adoptedOn.isAfter(placementOrderOn))) {
            throw new IllegalArgumentException("Care order, placement order and adoption must follow each other");
        }
        Involvement period = new Involvement(childId, InvolvementKind.LOOKED_AFTER, careOrderOn, AuditLog.SYSTEM, at(careOrderOn));
        period.setEndDate(adoptedOn);
        // Removed under a care order and adopted: abuse or neglect brought the child into care.
        period.setPrimaryNeed("N1");
        em.persist(period);
        em.flush();
        PlacementEpisode care = episode(period.getId(), childId, careOrderOn, "C2", FOSTER, "S");
        if (placementOrderOn != null) {
            care.setEndDate(placementOrderOn);
            care.setReasonCeased("X1");
            // Placed for adoption with the current foster carer: legal status and placement change, the carer does not (U).
            PlacementEpisode placement = episode(period.getId(), childId, placementOrderOn, "E1", WITH_ADOPTERS, "U");
            if (adoptedOn != null) {
                placement.setEndDate(adoptedOn);
                placement.setReasonCeased(adoptionReason);
            }
        }
        return period.getId();
    }

    private PlacementEpisode episode(long periodId, long childId, LocalDate start, String legalStatus, String type, String reasonNew) {
        PlacementEpisode e = new PlacementEpisode(periodId, childId, start, AuditLog.SYSTEM, at(start));
        e.setLegalStatus(legalStatus);
        e.setPlacementType(type);
        e.setPlacementProvider(OWN_PROVISION);
        e.setReasonNewEpisode(reasonNew);
        em.persist(e);
        return e;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }
}
