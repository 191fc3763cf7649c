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
import org.harbour.send.assessment.domain.EhcRequest;
import org.harbour.send.assessment.domain.RequestStage;
import org.harbour.send.assessment.infrastructure.RequestRepository;
import org.harbour.send.letter.domain.FamilyLetter;
import org.harbour.send.letter.domain.LetterKind;
import org.harbour.send.letter.domain.SentBy;
import org.harbour.send.letter.infrastructure.LetterPdf;
import org.harbour.send.letter.infrastructure.LetterRepository;
import org.harbour.send.plan.domain.EhcPlan;
import org.harbour.send.plan.infrastructure.PlanRepository;
import org.harbour.send.review.domain.ReviewDecision;
import org.harbour.send.review.infrastructure.ReviewRepository;
import org.harbour.send.timescale.domain.EhcTimescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Letters to the family: every decision on a request and its plan is sent as a letter with its
 * date, how it was sent and, where the decision can be appealed, the family's rights. The officer
 * records the sending of each; its PDF is written from what was recorded. Reads, records and
 * refusals are audited on the child.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class, RuleRefusedException.class})
@Requires(SendPermissions.ACCESS)
public class LetterService {

    public static final String SENT = "SEND_LETTER_SENT";
    public static final String VIEW = "SEND_LETTER_VIEW";

    @Inject
    private LetterRepository letters;

    @Inject
    private RequestRepository requests;

    @Inject
    private PlanRepository plans;

    @Inject
    private People people;

    @Inject
    private ReviewRepository reviews;

    @Inject
    private LetterPdf pdf;

    @Inject
    private SendAccess access;

    /** The letters of a request and the decisions still to be written to the family about. */
    public RequestLetters ofRequest(long requestId) {
        EhcRequest r = request(requestId, SendPermissions.ACCESS, VIEW);
        RequestLetters all = letters(r);
        access.success(VIEW, r.getPersonId(), "letters of request " + requestId + ": " + all.getSent().size() + " sent, "
                + all.getOutstanding().size() + " to send");
        return all;
    }

    /** Records that the letter of a decision went to the family on the day and in the way given. */
    public LetterView record(long requestId, String kind, LocalDate sentOn, String sentBy) {
        EhcRequest r = request(requestId, SendPermissions.RECORD, SENT);
        LetterKind k = LetterChecks.parse(LetterKind.class, kind, "kind", "Choose the decision the letter tells of.");
        if (k.isAfterReview()) {
            throw new InvalidInputException("kind", "A letter after an annual review is recorded on the review.");
        }
        SentBy how = LetterChecks.parse(SentBy.class, sentBy, "sentBy", "Say how the letter was sent: by post, email or by hand.");
        LocalDate day = access.day(sentOn, "sentOn");
        if (letters.ofRequest(requestId).stream().anyMatch(l -> l.getKind() == k)) {
            throw access.refused(SENT, r.getPersonId(), "kind", "The letter of this decision was already sent.");
        }
        EhcPlan plan = r.getPlanId() == null ? null : plans.find(r.getPlanId()).orElse(null);
        LocalDate decided = k.decidedOn(decisions(r, plan, ceasedAfterReview(plan)));
        FamilyLetter letter = access.step(SENT, r.getPersonId(), "kind", () -> new FamilyLetter(r.getPersonId(), requestId,
                r.getPlanId(), k, decided, day, how, access.username(), access.now()));
        letters.add(letter);
        access.success(SENT, r.getPersonId(), "letter " + letter.getId() + " of request " + requestId + ": " + k.name()
                + " sent " + day + " by " + how.name());
        return new LetterView(letter);
    }

    /** The letter as a tagged PDF. */
    public byte[] pdf(long letterId) {
        FamilyLetter letter = LetterChecks.reached(access, letters.find(letterId), FamilyLetter::getPersonId,
                SendPermissions.ACCESS, VIEW, "send-letter", letterId);
        EhcRequest r = requests.find(letter.getRequestId()).orElseThrow(() -> new RecordNotFoundException(-1));
        EhcPlan plan = letter.getPlanId() == null ? null : plans.find(letter.getPlanId()).orElse(null);
        PersonSummary child = people.find(letter.getPersonId()).orElse(null);
        String reasons = switch (letter.getKind()) {
            case NOT_TO_ASSESS, NOT_TO_ISSUE -> r.getDecisionReason();
            case PLAN_CEASED -> plan == null || plan.getCeaseReason() == null ? null : plan.getCeaseReason().getLabel();
            default -> null;
        };
        LetterPdf.Details details = new LetterPdf.Details(access.nameOf(letter.getPersonId()),
                child == null ? null : child.ageOn(letter.getSentOn()), reasons, r.finalPlanDue(),
                r.getDraftSentOn() == null ? null : EhcTimescales.familyCommentsUntil(r.getDraftSentOn()));
        byte[] file = pdf.write(letter, details);
        access.success(VIEW, letter.getPersonId(), "letter " + letterId + " (" + letter.getKind().name() + ") as PDF");
        return file;
    }

    /**
     * For My work: the decisions of the requests given whose letter is not yet recorded, each due by
     * the step's statutory day (the decision whether to assess by its 6 weeks, the draft and the final
     * plan on the day they were issued; the final plan's letter says whether it came within 20 weeks).
     * No checks here: the caller lists only children within the user's reach.
     */
    public List<LetterDue> outstandingFor(List<EhcRequest> open) {
        List<FamilyLetter> sent = letters.ofRequests(open.stream().map(EhcRequest::getId).toList());
        List<LetterDue> due = new ArrayList<>();
        for (EhcRequest r : open) {
            Set<LetterKind> written = EnumSet.noneOf(LetterKind.class);
            sent.stream().filter(l -> l.getRequestId() == r.getId()).forEach(l -> written.add(l.getKind()));
            LetterKind.Decisions decisions = decisions(r, null, false);
            for (LetterKind k : LetterKind.values()) {
                LocalDate decided = k.isAfterReview() ? null : k.decidedOn(decisions);
                if (decided != null && !written.contains(k)) {
                    LocalDate by = k == LetterKind.TO_ASSESS || k == LetterKind.NOT_TO_ASSESS ? r.decisionDue() : decided;
                    String about = k == LetterKind.FINAL_PLAN
                            ? k.getLabel() + " (" + r.week20(access.today()).getLabel().toLowerCase(Locale.UK) + ")" : k.getLabel();
                    due.add(new LetterDue(r.getPersonId(), about, by, "/send/request?id=" + r.getId()));
                }
            }
        }
        return due;
    }

    /** A letter still to send: whose, about what, by when, and the page it is recorded on. */
    public record LetterDue(long personId, String about, LocalDate dueOn, String link) {
    }

    private RequestLetters letters(EhcRequest r) {
        List<FamilyLetter> sent = letters.ofRequest(r.getId());
        EhcPlan plan = r.getPlanId() == null ? null : plans.find(r.getPlanId()).orElse(null);
        LetterKind.Decisions decisions = decisions(r, plan, ceasedAfterReview(plan));
        Set<LetterKind> written = EnumSet.noneOf(LetterKind.class);
        sent.forEach(l -> written.add(l.getKind()));
        List<RequestLetters.Outstanding> outstanding = new ArrayList<>();
        for (LetterKind k : LetterKind.values()) {
            LocalDate decided = k.isAfterReview() ? null : k.decidedOn(decisions);
            if (decided != null && !written.contains(k)) {
                outstanding.add(new RequestLetters.Outstanding(k, decided));
            }
        }
        return new RequestLetters(r.getId(), sent.stream().map(LetterView::new).toList(), outstanding);
    }

    /** A plan ceased after a review's decision to cease: that review's letter tells the family, not the request's. */
    private boolean ceasedAfterReview(EhcPlan plan) {
        return plan != null && plan.getCeasedOn() != null
                && reviews.ofPlan(plan.getId()).stream().anyMatch(v -> v.getDecision() == ReviewDecision.CEASE);
    }

    static LetterKind.Decisions decisions(EhcRequest r, EhcPlan plan, boolean ceasedAfterReview) {
        Boolean assess = r.getDecidedOn() == null ? null : r.getStage() != RequestStage.NOT_ASSESSED;
        return new LetterKind.Decisions(assess, r.getDecidedOn(), r.getDraftSentOn(), r.getNotIssuedOn(), r.getFinalIssuedOn(),
                plan == null || ceasedAfterReview ? null : plan.getCeasedOn());
    }

    private EhcRequest request(long requestId, String permission, String action) {
        return LetterChecks.reached(access, requests.find(requestId), EhcRequest::getPersonId, permission, action,
                "send-request", requestId);
    }
}
