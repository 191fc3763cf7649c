package org.harbour.send.appeal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.appeal.domain.AppealDetails;
import org.harbour.send.appeal.domain.AppealableDecision;
import org.harbour.send.appeal.domain.DecisionAppeal;
import org.harbour.send.appeal.infrastructure.AppealRepository;
import org.harbour.send.assessment.domain.EhcRequest;
import org.harbour.send.assessment.domain.RequestStage;
import org.harbour.send.assessment.infrastructure.RequestRepository;
import org.harbour.send.review.domain.AnnualReview;
import org.harbour.send.review.domain.ReviewDecision;
import org.harbour.send.review.infrastructure.ReviewRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Mediation and tribunal appeals against each appealable decision on a request or after a review.
 * Reading needs SEND access, writing {@code send:record}; both check the child's reach and are
 * audited, as are refusals. Writing an appeal on a request works out again the request's mediation
 * and tribunal flags that SEN2 reports: mediation when it took place against any of its decisions,
 * tribunal when an appeal was lodged against any.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class, RuleRefusedException.class})
@Requires(SendPermissions.ACCESS)
public class AppealService {

    public static final String VIEW = "SEND_APPEAL_VIEW";
    public static final String APPEAL = "SEND_APPEAL";

    @Inject
    private AppealRepository appeals;

    @Inject
    private RequestRepository requests;

    @Inject
    private ReviewRepository reviews;

    @Inject
    private SendAccess access;

    /** Each appealable decision made on the request, with what followed it. */
    public List<AppealView> ofRequest(long requestId) {
        EhcRequest r = request(requestId, SendPermissions.ACCESS, VIEW);
        List<AppealView> views = views(decisionsOf(r), appeals.ofRequest(requestId));
        access.success(VIEW, r.getPersonId(), "appeals on request " + requestId + ": " + views.size() + " decisions");
        return views;
    }

    /** Each appealable decision made after the review, with what followed it. */
    public List<AppealView> ofReview(long reviewId) {
        AnnualReview r = review(reviewId, SendPermissions.ACCESS, VIEW);
        List<AppealView> views = views(decisionsOf(r), appeals.ofReview(reviewId));
        access.success(VIEW, r.getPersonId(), "appeals on review " + reviewId + ": " + views.size() + " decisions");
        return views;
    }

    public AppealView recordOnRequest(long requestId, String decision, AppealForm form) {
        EhcRequest r = request(requestId, SendPermissions.RECORD, APPEAL);
        AppealForm f = form == null ? new AppealForm() : form;
        AppealDetails details = f.details();
        Long version = f.getVersion();
        AppealableDecision d = decision(decision);
        LocalDate decidedOn = made(decisionsOf(r), d, r.getPersonId());
        Optional<DecisionAppeal> found = appeals.onRequest(requestId, d);
        DecisionAppeal appeal = found.orElseGet(() -> DecisionAppeal.onRequest(r.getPersonId(), requestId, d, decidedOn,
                access.username(), access.now()));
        write(appeal, found.isEmpty(), details, version);
        List<DecisionAppeal> all = appeals.ofRequest(requestId);
        boolean mediation = all.stream().anyMatch(a -> a.details().mediated());
        boolean tribunal = all.stream().anyMatch(a -> a.details().appealed());
        appeals.flush();
        requests.appealFlags(requestId, mediation, tribunal);
        access.success(APPEAL, r.getPersonId(), "request " + requestId + " " + summary(d, details)
                + "; request mediation " + yesNo(mediation) + ", tribunal " + yesNo(tribunal));
        return new AppealView(d, decidedOn, appeal);
    }

    public AppealView recordOnReview(long reviewId, String decision, AppealForm form) {
        AnnualReview r = review(reviewId, SendPermissions.RECORD, APPEAL);
        AppealForm f = form == null ? new AppealForm() : form;
        AppealDetails details = f.details();
        Long version = f.getVersion();
        AppealableDecision d = decision(decision);
        LocalDate decidedOn = made(decisionsOf(r), d, r.getPersonId());
        Optional<DecisionAppeal> found = appeals.onReview(reviewId, d);
        DecisionAppeal appeal = found.orElseGet(() -> DecisionAppeal.onReview(r.getPersonId(), reviewId, d, decidedOn,
                access.username(), access.now()));
        write(appeal, found.isEmpty(), details, version);
        appeals.flush();
        access.success(APPEAL, r.getPersonId(), "review " + reviewId + " " + summary(d, details));
        return new AppealView(d, decidedOn, appeal);
    }

    private void write(DecisionAppeal appeal, boolean isNew, AppealDetails details, Long version) {
        SendAccess.checkVersion(appeal.getVersion(), version, appeal.getChangedBy(), appeal.getChangedAt());
        try {
            appeal.record(details, access.today());
        } catch (InvalidInputException e) {
            access.denied(APPEAL, appeal.getPersonId(), e.getProblems().get(0).message());
            throw e;
        }
        if (isNew) {
            appeals.add(appeal);
        } else {
            appeal.touched(access.username(), access.now());
        }
    }

    static Map<AppealableDecision, LocalDate> decisionsOf(EhcRequest r) {
        return AppealableDecision.onRequest(r.getStage() == RequestStage.NOT_ASSESSED ? r.getDecidedOn() : null,
                r.getNotIssuedOn(), r.getFinalIssuedOn());
    }

    static Map<AppealableDecision, LocalDate> decisionsOf(AnnualReview r) {
        return AppealableDecision.afterReview(r.getDecision() == ReviewDecision.MAINTAIN ? r.getDecidedOn() : null,
                r.getAmendedPlanOn(), r.getDecision() == ReviewDecision.CEASE ? r.getDecidedOn() : null);
    }

    private LocalDate made(Map<AppealableDecision, LocalDate> made, AppealableDecision d, long personId) {
        LocalDate on = made.get(d);
        if (on == null) {
            throw access.refused(APPEAL, personId, "decision", d.getLabel() + " has not been made here: there is nothing to appeal.");
        }
        return on;
    }

    private static List<AppealView> views(Map<AppealableDecision, LocalDate> made, List<DecisionAppeal> stored) {
        List<AppealView> views = new ArrayList<>();
        made.forEach((d, on) -> views.add(new AppealView(d, on,
                stored.stream().filter(a -> a.getDecision() == d).findFirst().orElse(null))));
        return views;
    }

    private static AppealableDecision decision(String decision) {
        try {
            return AppealableDecision.valueOf(decision == null ? "" : decision.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("decision", "Not a decision the family may appeal: " + decision);
        }
    }

    private static String summary(AppealableDecision d, AppealDetails a) {
        return d.name() + ": mediation advice " + yesNo(a.adviceSought()) + ", certificate " + a.certificateOn()
                + ", mediation " + (a.mediationHeld() ? a.mediationOn() : "no") + ", appeal lodged " + a.appealLodgedOn()
                + (a.outcome() == null ? "" : ", outcome " + a.outcome() + " on " + a.outcomeOn());
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private EhcRequest request(long requestId, String permission, String action) {
        EhcRequest r = requests.find(requestId).orElse(null);
        if (r == null) {
            access.requirePermission(permission, action, "send-request", Long.toString(requestId));
            throw new RecordNotFoundException(-1);
        }
        access.require(permission, action, r.getPersonId());
        return r;
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
}
