package org.harbour.core.recordsummary.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.harbour.core.activity.domain.ReviewType;
import org.harbour.core.involvement.domain.Involvement;
import org.harbour.core.involvement.domain.InvolvementKind;
import org.harbour.core.spi.calendar.WorkingDayCalendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The next child protection review conference and looked-after review of children with an open
 * plan or period, from the reviews recorded on their cases ({@link ReviewDueDates} holds the rules).
 * Callers have checked the user's right to the children.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewSchedule {

    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private WorkingDayCalendar calendar;

    /** One review due: for which child, which review, of which plan or period, by when. */
    public static final class DueReview implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long personId;
        private final ReviewType type;
        private final LocalDate planStart;
        private final ReviewDueDates.Due due;

        DueReview(long personId, ReviewType type, LocalDate planStart, ReviewDueDates.Due due) {
            this.personId = personId;
            this.type = type;
            this.planStart = planStart;
            this.due = due;
        }

        public long getPersonId() {
            return personId;
        }

        public ReviewType getType() {
            return type;
        }

        public LocalDate getPlanStart() {
            return planStart;
        }

        public LocalDate getDueOn() {
            return due.dueOn();
        }

        public boolean isOverdueOn(LocalDate today) {
            return due.isOverdueOn(today);
        }

        /** E.g. "Child protection review conference (second) due". */
        public String getTitle() {
            String what = type == ReviewType.CP_CONFERENCE ? "Child protection review conference" : "Looked-after review";
            return what + " due (" + due.ordinal() + ": " + rule() + ")";
        }

        private String rule() {
            if (type == ReviewType.CP_CONFERENCE) {
                return due.number() == 1 ? "3 months from the initial conference" : "6 months from the last review";
            }
            return switch (due.number()) {
                case 1 -> "20 working days from becoming looked after";
                case 2 -> "3 months from the first review";
                default -> "6 months from the last review";
            };
        }
    }

    public List<DueReview> dueFor(Collection<Long> personIds) {
        List<Long> ids = List.copyOf(personIds);
        List<DueReview> due = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            due.addAll(chunk(ids.subList(i, Math.min(ids.size(), i + CHUNK))));
        }
        return due;
    }

    private List<DueReview> chunk(List<Long> personIds) {
        List<Involvement> open = em.createQuery("""
                        select i from Involvement i where i.personId in :people and i.endDate is null
                          and i.kind in :kinds order by i.startDate""", Involvement.class)
                .setParameter("people", personIds)
                .setParameter("kinds", List.of(InvolvementKind.CP_PLAN, InvolvementKind.LOOKED_AFTER))
                .getResultList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<ReviewType, List<LocalDate>>> held = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select r.personId, r.reviewType, r.occurredOn from Review r
                        where r.personId in :people and r.reviewType in :types""", Object[].class)
                .setParameter("people", personIds)
                .setParameter("types", List.of(ReviewType.CP_CONFERENCE, ReviewType.CLA_REVIEW))
                .getResultList()) {
            held.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                    .computeIfAbsent((ReviewType) row[1], k -> new ArrayList<>()).add((LocalDate) row[2]);
        }
        ReviewDueDates rules = new ReviewDueDates(calendar);
        List<DueReview> due = new ArrayList<>();
        for (Involvement i : open) {
            Map<ReviewType, List<LocalDate>> reviews = held.getOrDefault(i.getPersonId(), Map.of());
            if (i.getKind() == InvolvementKind.CP_PLAN) {
                due.add(new DueReview(i.getPersonId(), ReviewType.CP_CONFERENCE, i.getStartDate(),
                        rules.childProtection(i.getStartDate(), reviews.getOrDefault(ReviewType.CP_CONFERENCE, List.of()))));
            } else {
                due.add(new DueReview(i.getPersonId(), ReviewType.CLA_REVIEW, i.getStartDate(),
                        rules.lookedAfter(i.getStartDate(), reviews.getOrDefault(ReviewType.CLA_REVIEW, List.of()))));
            }
        }
        return due;
    }
}
