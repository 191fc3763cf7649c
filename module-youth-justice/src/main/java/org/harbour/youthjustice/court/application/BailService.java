package org.harbour.youthjustice.court.application;

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
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.court.domain.BailKind;
import org.harbour.youthjustice.court.domain.BailSupport;
import org.harbour.youthjustice.court.infrastructure.CourtRepository;
import org.harbour.youthjustice.record.domain.Remand;
import org.harbour.youthjustice.record.infrastructure.RecordRepository;

import java.time.LocalDate;
import java.util.List;

/**
 * Bail supervision and support: the alternative to a remand, so it cannot begin while the child is
 * on remand, and one runs at a time. Needs {@code youth-justice:court}.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(YjPermissions.ACCESS)
public class BailService {

    public static final String START = "YJ_BAIL_CREATE";
    public static final String END = "YJ_BAIL_END";

    @Inject
    private CourtRepository repository;

    @Inject
    private RecordRepository records;

    @Inject
    private YjAccess access;

    public BailView start(long personId, @NotNull @Valid BailForm form) {
        access.require(YjPermissions.COURT, START, personId);
        BailKind kind = kind(form.getKind());
        access.requireYouthJusticeAge(personId, form.getStartedOn(), "startedOn");
        if (repository.bailOf(personId).stream().anyMatch(BailSupport::isOpen)) {
            String open = "The child already has bail support running: end it first.";
            throw new RuleRefusedException("startedOn", open, List.of(open));
        }
        if (records.remandsOf(personId).stream().anyMatch(Remand::isOpen)) {
            String remanded = "The child is on remand: end the remand before bail support begins.";
            throw new RuleRefusedException("startedOn", remanded, List.of(remanded));
        }
        String conditions = form.getConditions() == null || form.getConditions().isBlank() ? null : form.getConditions().trim();
        BailSupport bail = repository.add(new BailSupport(personId, kind, form.getStartedOn(), conditions,
                form.isElectronicMonitoring(), access.username(), access.now()));
        access.success(START, personId, "bail support " + bail.getId() + " " + kind);
        return new BailView(bail);
    }

    public BailView end(long bailId, LocalDate endedOn, Long version) {
        BailSupport bail = repository.bail(bailId).orElse(null);
        if (bail == null) {
            access.requirePermission(YjPermissions.COURT, END, "youth-justice-bail", Long.toString(bailId));
            throw new RecordNotFoundException(-1);
        }
        access.require(YjPermissions.COURT, END, bail.getPersonId());
        YjAccess.checkVersion(bail, version);
        if (!bail.isOpen()) {
            String ended = "This bail support ended on " + bail.getEndedOn() + ".";
            throw new RuleRefusedException("endedOn", ended, List.of(ended));
        }
        access.pastOrToday(endedOn, "endedOn", "the day the bail support ended");
        if (endedOn.isBefore(bail.getStartedOn())) {
            throw new InvalidInputException("endedOn", "Bail support cannot end before it began.");
        }
        bail.end(endedOn);
        bail.touched(access.username(), access.now());
        repository.flush();
        access.success(END, bail.getPersonId(), "bail support " + bailId + " ended");
        return new BailView(bail);
    }

    private static BailKind kind(String value) {
        try {
            return BailKind.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "Choose one of the kinds of bail support listed.");
        }
    }
}
