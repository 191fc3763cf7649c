package org.harbour.send.record.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.module.WorkItem;
import org.harbour.core.spi.module.WorkItemSource;
import org.harbour.send.SendModule;
import org.harbour.send.SendPermissions;
import org.harbour.send.assessment.domain.EhcRequest;
import org.harbour.send.assessment.domain.RequestStage;
import org.harbour.send.assessment.infrastructure.RequestRepository;
import org.harbour.send.letter.application.LetterService;
import org.harbour.send.letter.application.ReviewLetterService;
import org.harbour.send.plan.domain.EhcPlan;
import org.harbour.send.plan.infrastructure.PlanRepository;
import org.harbour.send.timescale.domain.Week20Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * SEND's due dates in My work: the decision whether to assess (6 weeks), the final plan (20 weeks,
 * with its week-20 status in words), annual reviews of active plans due within two months, and the
 * letters to the family not yet recorded as sent: for open requests' decisions, final plans issued
 * in the last 8 weeks (with their 20-week status) and reviews decided in the last 8 weeks.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SendWorkItems implements WorkItemSource {

    private static final int CHUNK = 500;
    private static final int REVIEW_NOTICE_MONTHS = 2;
    /** A review's letters are listed for the weeks after its decision; older ones are for the review page. */
    private static final int LETTER_NOTICE_WEEKS = 8;

    @Inject
    private RequestRepository requests;

    @Inject
    private PlanRepository plans;

    @Inject
    private LetterService letters;

    @Inject
    private ReviewLetterService reviewLetters;

    @Override
    public String moduleId() {
        return SendModule.ID;
    }

    @Requires(SendPermissions.ACCESS)
    @Override
    public List<WorkItem> dueFor(Collection<Long> personIds, LocalDate today) {
        List<Long> ids = List.copyOf(personIds);
        List<WorkItem> items = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            List<EhcRequest> open = requests.openFor(chunk);
            for (EhcRequest r : open) {
                items.add(item(r, today));
            }
            List<EhcRequest> lettered = new ArrayList<>(open);
            lettered.addAll(requests.finalIssuedSince(chunk, today.minusWeeks(LETTER_NOTICE_WEEKS)));
            List<LetterService.LetterDue> unsent = new ArrayList<>(letters.outstandingFor(lettered));
            unsent.addAll(reviewLetters.outstandingFor(chunk, today.minusWeeks(LETTER_NOTICE_WEEKS)));
            for (LetterService.LetterDue l : unsent) {
                items.add(new WorkItem(moduleId(), l.personId(), "Letter to the family: " + l.about(), l.dueOn(),
                        today.isAfter(l.dueOn()), l.link()));
            }
            for (EhcPlan p : plans.activeFor(chunk)) {
                LocalDate due = p.nextReviewDue();
                if (due != null && !due.isAfter(today.plusMonths(REVIEW_NOTICE_MONTHS))) {
                    items.add(new WorkItem(moduleId(), p.getPersonId(), "EHC plan annual review due", due, due.isBefore(today),
                            "/send/plan?id=" + p.getId()));
                }
            }
        }
        return items;
    }

    private WorkItem item(EhcRequest r, LocalDate today) {
        String link = "/send/request?id=" + r.getId();
        if (r.getStage() == RequestStage.RECEIVED) {
            return new WorkItem(moduleId(), r.getPersonId(), "Decide whether to assess (6 weeks)", r.decisionDue(),
                    today.isAfter(r.decisionDue()), link);
        }
        Week20Status status = r.week20(today);
        return new WorkItem(moduleId(), r.getPersonId(), "Final EHC plan due (20 weeks): " + status.getLabel().toLowerCase(java.util.Locale.ROOT),
                r.finalPlanDue(), status == Week20Status.LATE, link);
    }
}
