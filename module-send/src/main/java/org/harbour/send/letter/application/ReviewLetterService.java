package org.harbour.send.letter.application;

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
import org.harbour.send.letter.domain.LetterKind;
import org.harbour.send.letter.domain.ReviewLetter;
import org.harbour.send.letter.domain.SentBy;
import org.harbour.send.letter.infrastructure.LetterPdf;
import org.harbour.send.letter.infrastructure.ReviewLetterRepository;
import org.harbour.send.plan.domain.EhcPlan;
import org.harbour.send.plan.infrastructure.PlanRepository;
import org.harbour.send.review.domain.AnnualReview;
import org.harbour.send.review.infrastructure.ReviewRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Letters to the family after an annual review: the decision to keep the plan as it is, to amend it
 * or to cease it, and the amended plan, each recorded as sent (the day and how) and written as a
 * tagged PDF with the family's rights. Reads, records and refusals are audited on the child.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class, RuleRefusedException.class})
@Requires(SendPermissions.ACCESS)
public class ReviewLetterService {

    @Inject
    private ReviewLetterRepository letters;

    @Inject
    private ReviewRepository reviews;

    @Inject
    private PlanRepository plans;

    @Inject
    private People people;

    @Inject
    private LetterPdf pdf;

    @Inject
    private SendAccess access;

    /** The letters of a review and its decisions still to be written to the family about. */
    public ReviewLetters ofReview(long reviewId) {
        AnnualReview r = review(reviewId, SendPermissions.ACCESS, LetterService.VIEW);
        ReviewLetters all = letters(r, letters.ofReview(reviewId));
        access.success(LetterService.VIEW, r.getPersonId(), "letters of review " + reviewId + ": " + all.getSent().size()
                + " sent, " + all.getOutstanding().size() + " to send");
        return all;
    }

    /** Records that the letter of a review's decision went to the family on the day and in the way given. */
    public LetterView record(long reviewId, String kind, LocalDate sentOn, String sentBy) {
        AnnualReview r = review(reviewId, SendPermissions.RECORD, LetterService.SENT);
        LetterKind k = LetterChecks.parse(LetterKind.class, kind, "kind", "Choose the decision the letter tells of.");
        if (!k.isAfterReview()) {
            throw new InvalidInputException("kind", "Choose a decision of the annual review.");
        }
        SentBy how = LetterChecks.parse(SentBy.class, sentBy, "sentBy", "Say how the letter was sent: by post, email or by hand.");
        LocalDate day = access.day(sentOn, "sentOn");
        if (letters.ofReview(reviewId).stream().anyMatch(l -> l.getKind() == k)) {
            throw access.refused(LetterService.SENT, r.getPersonId(), "kind", "The letter of this decision was already sent.");
        }
        LocalDate decided = k.decidedOn(decisions(r));
        ReviewLetter letter = access.step(LetterService.SENT, r.getPersonId(), "kind", () -> new ReviewLetter(r.getPersonId(),
                reviewId, r.getPlanId(), k, decided, day, how, access.username(), access.now()));
        letters.add(letter);
        access.success(LetterService.SENT, r.getPersonId(), "letter " + letter.getId() + " of review " + reviewId + ": "
                + k.name() + " sent " + day + " by " + how.name());
        return new LetterView(letter);
    }

    /** The letter as a tagged PDF. */
    public byte[] pdf(long letterId) {
        ReviewLetter letter = LetterChecks.reached(access, letters.find(letterId), ReviewLetter::getPersonId,
                SendPermissions.ACCESS, LetterService.VIEW, "send-review-letter", letterId);
        AnnualReview r = reviews.find(letter.getReviewId()).orElseThrow(() -> new RecordNotFoundException(-1));
        EhcPlan plan = plans.find(letter.getPlanId()).orElse(null);
        PersonSummary child = people.find(letter.getPersonId()).orElse(null);
        String reasons = letter.getKind() == LetterKind.REVIEW_CEASE && plan != null && plan.getCeaseReason() != null
                ? plan.getCeaseReason().getLabel() : null;
        LetterPdf.Details details = new LetterPdf.Details(access.nameOf(letter.getPersonId()),
                child == null ? null : child.ageOn(letter.getSentOn()), reasons, r.amendedPlanDueBy(), r.familyCommentsUntil());
        byte[] file = pdf.write(letter, details);
        access.success(LetterService.VIEW, letter.getPersonId(), "review letter " + letterId + " (" + letter.getKind().name()
                + ") as PDF");
        return file;
    }

    /**
     * For My work: the children's reviews decided since the day given whose letters are not yet
     * recorded, each due by the review's statutory day (the decision's 4 weeks; the amended plan's
     * 12 weeks or phase transfer deadline). No checks here: the caller lists only children within reach.
     */
    public List<LetterService.LetterDue> outstandingFor(java.util.Collection<Long> personIds, LocalDate since) {
        List<AnnualReview> decided = reviews.decidedSince(personIds, since);
        List<ReviewLetter> sent = letters.ofReviews(decided.stream().map(AnnualReview::getId).toList());
        List<LetterService.LetterDue> due = new ArrayList<>();
        for (AnnualReview r : decided) {
            List<ReviewLetter> its = sent.stream().filter(l -> l.getReviewId() == r.getId()).toList();
            for (RequestLetters.Outstanding o : letters(r, its).getOutstanding()) {
                LocalDate by = LetterKind.AMENDED_PLAN.name().equals(o.getKind()) ? r.amendedPlanDueBy() : r.decisionDue();
                due.add(new LetterService.LetterDue(r.getPersonId(), o.getKindLabel(), by, "/send/review?id=" + r.getId()));
            }
        }
        return due;
    }

    static ReviewLetters letters(AnnualReview r, List<ReviewLetter> sent) {
        LetterKind.ReviewDecisions decisions = decisions(r);
        Set<LetterKind> written = EnumSet.noneOf(LetterKind.class);
        sent.forEach(l -> written.add(l.getKind()));
        List<RequestLetters.Outstanding> outstanding = new ArrayList<>();
        for (LetterKind k : LetterKind.values()) {
            LocalDate decided = k.isAfterReview() ? k.decidedOn(decisions) : null;
            if (decided != null && !written.contains(k)) {
                outstanding.add(new RequestLetters.Outstanding(k, decided));
            }
        }
        return new ReviewLetters(r.getId(), sent.stream().map(LetterView::new).toList(), outstanding);
    }

    static LetterKind.ReviewDecisions decisions(AnnualReview r) {
        return new LetterKind.ReviewDecisions(r.getDecision() == null ? null : r.getDecision().name(), r.getDecidedOn(),
                r.getAmendedPlanOn());
    }

    private AnnualReview review(long reviewId, String permission, String action) {
        return LetterChecks.reached(access, reviews.find(reviewId), AnnualReview::getPersonId, permission, action,
                "send-review", reviewId);
    }
}
