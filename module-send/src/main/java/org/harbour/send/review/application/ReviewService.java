package org.harbour.send.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.core.spi.people.People;
import org.harbour.core.spi.people.PersonSummary;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.plan.domain.CeaseReason;
import org.harbour.send.plan.domain.EhcPlan;
import org.harbour.send.plan.infrastructure.PlanRepository;
import org.harbour.send.review.domain.AdulthoodArea;
import org.harbour.send.review.domain.AnnualReview;
import org.harbour.send.review.domain.ReviewDecision;
import org.harbour.send.review.infrastructure.ReviewRepository;
import org.harbour.send.timescale.domain.PhaseTransfer;
import org.harbour.send.timescale.domain.ReviewTimescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Annual reviews of EHC plans: the meeting (due 12 months after the plan or the last review), the
 * report (2 weeks), the decision to maintain, amend or cease (4 weeks), the proposed amendments
 * with the family's 15 days, and the amended plan (12 weeks, or the phase transfer deadline).
 * Every change carries the version read; every step and refusal is audited on the child.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class, RuleRefusedException.class})
@Requires(SendPermissions.ACCESS)
public class ReviewService {

    public static final String VIEW = "SEND_REVIEW_VIEW";
    public static final String MEETING = "SEND_REVIEW_MEETING";
    public static final String REPORT = "SEND_REVIEW_REPORT";
    public static final String DECISION = "SEND_REVIEW_DECISION";
    public static final String AMENDMENT = "SEND_REVIEW_AMENDMENT";
    public static final String ADULTHOOD = "SEND_REVIEW_ADULTHOOD";
    public static final String CEASE = "SEND_REVIEW_CEASE";
    private static final int MAX_WEEKS_AHEAD = 52;
    private static final int MAX_LISTED = 500;

    @Inject
    private ReviewRepository reviews;

    @Inject
    private PlanRepository plans;

    @Inject
    private SendAccess access;

    @Inject
    private People people;

    public ReviewView find(long reviewId) {
        AnnualReview r = review(reviewId, SendPermissions.ACCESS, VIEW);
        access.success(VIEW, r.getPersonId(), "review " + reviewId);
        return view(r);
    }

    public List<ReviewView> ofPlan(long planId) {
        EhcPlan plan = plan(planId, SendPermissions.ACCESS, VIEW);
        List<ReviewView> all = reviews.ofPlan(planId).stream().map(this::view).toList();
        access.success(VIEW, plan.getPersonId(), "reviews of plan " + planId + ": " + all.size());
        return all;
    }

    /** Active plans within the user's reach whose review meeting is due within the weeks given, overdue first. */
    public List<ReviewDue> due(Integer weeksAhead) {
        access.requirePermission(SendPermissions.ACCESS, VIEW, "module", "send");
        int weeks = weeksAhead == null ? 8 : weeksAhead;
        if (weeks < 0 || weeks > MAX_WEEKS_AHEAD) {
            throw new InvalidInputException("weeks", "Look ahead 0 to 52 weeks.");
        }
        LocalDate today = access.today();
        LocalDate until = today.plusWeeks(weeks);
        List<ReviewDue> due = reviews.activeLastReviewedBy(until.minusMonths(ReviewTimescales.REVIEW_MONTHS)).stream()
                .filter(p -> !p.nextReviewDue().isAfter(until))
                .filter(p -> access.mayReach(p.getPersonId()))
                .limit(MAX_LISTED)
                .map(p -> new ReviewDue(p.getId(), p.getPersonId(), access.nameOf(p.getPersonId()), p.getLastReviewOn(),
                        p.nextReviewDue(), p.nextReviewDue().isBefore(today)))
                .toList();
        access.success(VIEW, "module", "send", "annual reviews due within " + weeks + " weeks: " + due.size());
        return due;
    }

    /** Reviews preparing for a move in September of the year whose amended plan is still to come, by deadline. */
    public List<ReviewView> transfersDue(Integer year) {
        access.requirePermission(SendPermissions.ACCESS, VIEW, "module", "send");
        int y = year == null ? access.today().getYear() : year;
        if (y < 2000 || y > access.today().getYear() + 2) {
            throw new InvalidInputException("year", "Give the year of the move, up to two years ahead.");
        }
        List<ReviewView> due = reviews.transfersOutstanding(y).stream().filter(r -> access.mayReach(r.getPersonId()))
                .map(this::view).sorted(Comparator.comparing(ReviewView::amendedPlanDue)).toList();
        access.success(VIEW, "module", "send", "phase transfers outstanding for " + y + ": " + due.size());
        return due;
    }

    /** The review meeting held, with the phase transfer it prepares for when there is one. */
    public ReviewView recordMeeting(Long planId, LocalDate meetingOn, String phaseTransfer, Integer transferYear) {
        if (planId == null) {
            throw new InvalidInputException("planId", "Say which plan was reviewed.");
        }
        EhcPlan plan = plan(planId, SendPermissions.REVIEW, MEETING);
        LocalDate day = access.day(meetingOn, "meetingOn");
        PhaseTransfer transfer = null;
        if (phaseTransfer != null && !phaseTransfer.isBlank()) {
            transfer = parse(PhaseTransfer.class, phaseTransfer, "phaseTransfer", "Not a phase transfer: " + phaseTransfer);
            if (transferYear == null || transferYear < day.getYear() || transferYear > day.getYear() + 1) {
                throw new InvalidInputException("transferYear", "Give the year of the move: the meeting's year or the next.");
            }
        } else if (transferYear != null) {
            throw new InvalidInputException("phaseTransfer", "Say which move the transfer year is for.");
        }
        LocalDate due = plan.nextReviewDue();
        AnnualReview review = new AnnualReview(plan.getId(), plan.getPersonId(), due == null ? day : due, day,
                access.username(), access.now());
        PhaseTransfer move = transfer;
        LocalDate born = people.find(plan.getPersonId()).map(PersonSummary::dateOfBirth).orElse(null);
        access.step(MEETING, plan.getPersonId(), "meetingOn", () -> {
            plan.reviewed(day);
            review.preparesFor(move, move == null ? null : transferYear);
            review.heldInSchoolYearOf(born);
            return review;
        });
        plan.touched(access.username(), access.now());
        reviews.add(review);
        reviews.flush();
        access.success(MEETING, plan.getPersonId(), "review " + review.getId() + " of plan " + planId + " met on " + day
                + (review.heldOnTime() ? " on time" : " late") + (move == null ? "" : ", phase transfer " + move.name()));
        return view(review);
    }

    public ReviewView reportSent(long reviewId, LocalDate on, Long version) {
        return change(reviewId, REPORT, version, on, "reportSentOn", (r, day) -> r.reportSent(day), "report sent");
    }

    public ReviewView decide(long reviewId, String decision, LocalDate on, Long version) {
        if (decision == null || decision.isBlank()) {
            throw new InvalidInputException("decision", "Choose whether to maintain, amend or cease the plan.");
        }
        ReviewDecision d = parse(ReviewDecision.class, decision, "decision", "The decision is MAINTAIN, AMEND or CEASE.");
        return change(reviewId, DECISION, version, on, "decidedOn", (r, day) -> r.decide(d, day), "decided to " + d.name());
    }

    public ReviewView proposeAmendments(long reviewId, LocalDate on, Long version) {
        return change(reviewId, AMENDMENT, version, on, "amendmentProposedOn", (r, day) -> r.amendmentsProposed(day),
                "proposed amendments sent");
    }

    /**
     * The preparing-for-adulthood areas the review looked at (AdulthoodArea names): from Year 9
     * only, replacing what was recorded before.
     */
    public ReviewView recordAdulthood(long reviewId, List<String> areas, Long version) {
        AnnualReview r = review(reviewId, SendPermissions.REVIEW, ADULTHOOD);
        SendAccess.checkVersion(r.getVersion(), version, r.getChangedBy(), r.getChangedAt());
        List<AdulthoodArea> covered = new ArrayList<>();
        for (String area : areas == null ? List.<String>of() : areas) {
            covered.add(parse(AdulthoodArea.class, area == null ? "" : area, "areas", "Not an area of preparing for adulthood: " + area));
        }
        access.step(ADULTHOOD, r.getPersonId(), "areas", () -> {
            r.adulthoodDiscussed(covered);
            return r;
        });
        r.touched(access.username(), access.now());
        reviews.flush();
        access.success(ADULTHOOD, r.getPersonId(), "review " + reviewId + ": preparing for adulthood " + covered);
        return view(r);
    }

    /** The final amended plan: the review's step and a new version of the plan. */
    public ReviewView issueAmendedPlan(long reviewId, LocalDate on, Long version) {
        return change(reviewId, AMENDMENT, version, on, "amendedPlanOn", (r, day) -> {
            r.amendedPlanIssued(day);
            EhcPlan plan = plans.find(r.getPlanId()).orElseThrow(() -> new RecordNotFoundException(-1));
            plan.issueAmended(day, access.username());
            plan.touched(access.username(), access.now());
        }, "amended plan issued");
    }

    /**
     * After the review's decision to cease, the plan ceases on the day given with the SEN2 reason
     * (CeaseReason's name). A move to another authority is a transfer, recorded on the plan with the
     * authority's code.
     */
    public ReviewView ceasePlan(long reviewId, LocalDate on, String reason, Long version) {
        AnnualReview r = review(reviewId, SendPermissions.PLAN, CEASE);
        SendAccess.checkVersion(r.getVersion(), version, r.getChangedBy(), r.getChangedAt());
        LocalDate day = access.day(on, "ceasedOn");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Choose why the plan ceases.");
        }
        CeaseReason why = parse(CeaseReason.class, reason, "reason", "Choose why the plan ceases.");
        if (why == CeaseReason.MOVED_LA) {
            throw new InvalidInputException("reason", "A move to another authority is recorded as a transfer on the plan, with "
                    + "the authority's code.");
        }
        EhcPlan plan = plans.find(r.getPlanId()).orElseThrow(() -> new RecordNotFoundException(-1));
        access.step(CEASE, r.getPersonId(), "reason", () -> {
            r.requireCeaseDecision(day);
            plan.cease(day, why);
            return plan;
        });
        plan.touched(access.username(), access.now());
        r.touched(access.username(), access.now());
        reviews.flush();
        access.success(CEASE, r.getPersonId(), "review " + reviewId + ": plan " + plan.getId() + " ceased on " + day
                + ", reason " + why.getCode());
        return view(r);
    }

    private interface Step {
        void apply(AnnualReview review, LocalDate day);
    }

    private ReviewView change(long reviewId, String action, Long version, LocalDate on, String field, Step step, String what) {
        String permission = action.equals(AMENDMENT) ? SendPermissions.PLAN : SendPermissions.REVIEW;
        AnnualReview r = review(reviewId, permission, action);
        SendAccess.checkVersion(r.getVersion(), version, r.getChangedBy(), r.getChangedAt());
        LocalDate day = access.day(on, field);
        access.step(action, r.getPersonId(), field, () -> {
            step.apply(r, day);
            return r;
        });
        r.touched(access.username(), access.now());
        reviews.flush();
        access.success(action, r.getPersonId(), "review " + reviewId + ": " + what + " on " + day);
        return view(r);
    }

    private AnnualReview review(long reviewId, String permission, String action) {
        AnnualReview r = reviews.find(reviewId).orElse(null);
        if (r == null) {
            access.requirePermission(permission, action, "send-review", Long.toString(reviewId));
            throw new RecordNotFoundException(-1);
        }
        access.require(permission, action, r.getPersonId());
        return r;
    }

    private EhcPlan plan(long planId, String permission, String action) {
        EhcPlan plan = plans.find(planId).orElse(null);
        if (plan == null) {
            access.requirePermission(permission, action, "send-plan", Long.toString(planId));
            throw new RecordNotFoundException(-1);
        }
        access.require(permission, action, plan.getPersonId());
        return plan;
    }

    private ReviewView view(AnnualReview r) {
        boolean planActive = plans.find(r.getPlanId()).map(EhcPlan::isActive).orElse(false);
        return ReviewView.of(r, access.nameOf(r.getPersonId()), access.today(), planActive);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, message);
        }
    }
}
