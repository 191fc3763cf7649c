package org.harbour.youthjustice.atc.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.error.RuleRefusedException;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.Inputs;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.atc.domain.AlternativePackage;
import org.harbour.youthjustice.atc.infrastructure.AlternativePackageRepository;

import java.time.LocalDate;
import java.util.List;

/**
 * Alternative-to-custody packages: begun with their risk management plan and first review, reviewed
 * at least every three months, ended. One runs at a time. Reading needs {@code youth-justice:access},
 * changing {@code youth-justice:court}; the child's reach is checked and every read and change audited.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(YjPermissions.ACCESS)
public class AlternativePackageService {

    public static final String VIEW = "YJ_ATC_VIEW";
    public static final String START = "YJ_ATC_CREATE";
    public static final String REVIEW = "YJ_ATC_REVIEW";
    public static final String END = "YJ_ATC_END";
    private static final String RECORD_TYPE = "youth-justice-atc-package";

    @Inject
    private AlternativePackageRepository repository;

    @Inject
    private YjAccess access;

    public List<PackageView> ofChild(long personId) {
        access.require(YjPermissions.ACCESS, VIEW, personId);
        List<PackageView> packages = repository.of(personId).stream().map(p -> PackageView.of(p, access.today())).toList();
        access.success(VIEW, personId, packages.size() + " alternative-to-custody packages");
        return packages;
    }

    public PackageView start(long personId, @NotNull @Valid PackageForm form) {
        access.require(YjPermissions.COURT, START, personId);
        access.pastOrToday(form.getStartedOn(), "startedOn", "the day the package began");
        access.requireYouthJusticeAge(personId, form.getStartedOn(), "startedOn");
        Inputs.refuseIfBroken(AlternativePackage.startProblems(form.getStartedOn(), form.getReviewDueOn()));
        if (repository.of(personId).stream().anyMatch(AlternativePackage::isOpen)) {
            String open = "The child already has an alternative-to-custody package running: end it first.";
            throw new RuleRefusedException("startedOn", open, List.of(open));
        }
        AlternativePackage p = repository.add(new AlternativePackage(personId, form.getStartedOn(), form.getSummary().strip(),
                form.getRiskManagementPlan().strip(), form.getReviewDueOn(), access.username(), access.now()));
        access.success(START, personId, "alternative-to-custody package " + p.getId() + ", review due " + p.getReviewDueOn());
        return PackageView.of(p, access.today());
    }

    public PackageView review(long id, @NotNull @Valid ReviewForm form) {
        AlternativePackage p = found(id, REVIEW);
        YjAccess.checkVersion(p, form.getVersion());
        access.pastOrToday(form.getReviewedOn(), "reviewedOn", "the day of the review");
        Inputs.refuseIfBroken(p.reviewProblems(form.getReviewedOn(), form.getReviewDueOn()));
        p.reviewed(form.getReviewedOn(), form.getReviewDueOn(), form.getRiskManagementPlan());
        p.touched(access.username(), access.now());
        repository.flush();
        access.success(REVIEW, p.getPersonId(), "alternative-to-custody package " + id + " reviewed " + form.getReviewedOn());
        return PackageView.of(p, access.today());
    }

    public PackageView end(long id, LocalDate endedOn, Long version) {
        AlternativePackage p = found(id, END);
        YjAccess.checkVersion(p, version);
        if (!p.isOpen()) {
            String ended = "This package ended on " + p.getEndedOn() + ".";
            throw new RuleRefusedException("endedOn", ended, List.of(ended));
        }
        access.pastOrToday(endedOn, "endedOn", "the day the package ended");
        if (endedOn.isBefore(p.getStartedOn())) {
            throw new InvalidInputException("endedOn", "A package cannot end before it began.");
        }
        p.end(endedOn);
        p.touched(access.username(), access.now());
        repository.flush();
        access.success(END, p.getPersonId(), "alternative-to-custody package " + id + " ended " + endedOn);
        return PackageView.of(p, access.today());
    }

    private AlternativePackage found(long id, String action) {
        AlternativePackage p = repository.find(id).orElse(null);
        if (p == null) {
            access.requirePermission(YjPermissions.COURT, action, RECORD_TYPE, Long.toString(id));
            throw new RecordNotFoundException(-1);
        }
        access.require(YjPermissions.COURT, action, p.getPersonId());
        return p;
    }
}
