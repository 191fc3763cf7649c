package org.harbour.core.recordsummary.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.caseload.application.RecordWriteReach;
import org.harbour.core.person.application.RecordAccess;
import org.harbour.core.recordsummary.domain.ChildAlert;
import org.harbour.core.recordsummary.domain.KeyProfessional;
import org.harbour.core.spi.access.AccessGuard;
import org.harbour.core.spi.access.CorePermissions;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Records and changes the alerts and key professionals on a child's record. Only workers whose
 * team holds the child's case may ({@link RecordWriteReach}); a save on a stale version is refused
 * with who changed it and when. Every save and refusal is audited on the child's record.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class,
        InvalidInputException.class, ConstraintViolationException.class, EditConflictException.class})
@Requires(CorePermissions.RECORDS)
public class SummaryEntries {

    @PersistenceContext(unitName = "harbour")
    private EntityManager em;

    @Inject
    private RecordWriteReach writeReach;

    @Inject
    private AccessGuard guard;

    @Inject
    private AuditLog audit;

    @Inject
    private Validator validator;

    private final Clock clock = Clock.systemUTC();

    /** One alert of the child, to change it; needs write reach. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AlertForm alert(long personId, long alertId) {
        writeReach.require(personId, "ALERT_VIEW");
        ChildAlert alert = em.find(ChildAlert.class, alertId);
        if (alert == null || alert.getPersonId() != personId) {
            audit.denied("ALERT_VIEW", RecordAccess.RECORD_TYPE, Long.toString(personId), "No alert " + alertId + " on this record");
            throw new RecordNotFoundException(personId);
        }
        audit.success("ALERT_VIEW", RecordAccess.RECORD_TYPE, Long.toString(personId), "Alert " + alertId);
        return AlertForm.of(alert);
    }

    /** One key professional of the child, to change them; needs write reach. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProfessionalForm professional(long personId, long professionalId) {
        writeReach.require(personId, "KEY_PROFESSIONAL_VIEW");
        KeyProfessional p = em.find(KeyProfessional.class, professionalId);
        if (p == null || p.getPersonId() != personId) {
            audit.denied("KEY_PROFESSIONAL_VIEW", RecordAccess.RECORD_TYPE, Long.toString(personId),
                    "No key professional " + professionalId + " on this record");
            throw new RecordNotFoundException(personId);
        }
        audit.success("KEY_PROFESSIONAL_VIEW", RecordAccess.RECORD_TYPE, Long.toString(personId),
                "Key professional " + professionalId);
        return ProfessionalForm.of(p);
    }

    /** Refuses (audited) unless the user may write on the child's record, before an empty form is shown. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireWriteReach(long personId, String action) {
        writeReach.require(personId, action);
    }

    public long saveAlert(long personId, AlertForm form) {
        String action = form.getId() == null ? "ALERT_CREATE" : "ALERT_UPDATE";
        writeReach.require(personId, action);
        check(form);
        checkDates(form.getStartsOn(), form.getEndsOn());
        String user = guard.username();
        Instant now = Instant.now(clock);
        ChildAlert alert;
        if (form.getId() == null) {
            alert = new ChildAlert(personId, user, now);
        } else {
            alert = em.find(ChildAlert.class, form.getId());
            if (alert == null || alert.getPersonId() != personId) {
                audit.denied(action, RecordAccess.RECORD_TYPE, Long.toString(personId), "No alert " + form.getId() + " on this record");
                throw new RecordNotFoundException(personId);
            }
            requireVersion(action, personId, "Alert " + alert.getId(), form.getVersion(), alert.getVersion(),
                    alert.getLastChangedBy(), alert.getLastChangedAt());
            alert.changed(user, now);
        }
        alert.setType(form.getType());
        alert.setText(form.getText().strip());
        alert.setStartsOn(form.getStartsOn());
        alert.setEndsOn(form.getEndsOn());
        if (alert.getId() == null) {
            em.persist(alert);
        }
        em.flush(); // a save racing this one fails here, on the version column
        audit.success(action, RecordAccess.RECORD_TYPE, Long.toString(personId),
                "Alert " + alert.getId() + " (" + alert.getType().getLabel() + ")");
        return alert.getId();
    }

    public long saveProfessional(long personId, ProfessionalForm form) {
        String action = form.getId() == null ? "KEY_PROFESSIONAL_CREATE" : "KEY_PROFESSIONAL_UPDATE";
        writeReach.require(personId, action);
        check(form);
        checkDates(form.getStartsOn(), form.getEndsOn());
        String user = guard.username();
        Instant now = Instant.now(clock);
        KeyProfessional p;
        if (form.getId() == null) {
            p = new KeyProfessional(personId, user, now);
        } else {
            p = em.find(KeyProfessional.class, form.getId());
            if (p == null || p.getPersonId() != personId) {
                audit.denied(action, RecordAccess.RECORD_TYPE, Long.toString(personId),
                        "No key professional " + form.getId() + " on this record");
                throw new RecordNotFoundException(personId);
            }
            requireVersion(action, personId, "Key professional " + p.getId(), form.getVersion(), p.getVersion(),
                    p.getLastChangedBy(), p.getLastChangedAt());
            p.changed(user, now);
        }
        p.setRole(form.getRole().strip());
        p.setName(form.getName().strip());
        p.setOrganisation(blankToNull(form.getOrganisation()));
        p.setPhone(blankToNull(form.getPhone()));
        p.setEmail(blankToNull(form.getEmail()));
        p.setStartsOn(form.getStartsOn());
        p.setEndsOn(form.getEndsOn());
        if (p.getId() == null) {
            em.persist(p);
        }
        em.flush();
        audit.success(action, RecordAccess.RECORD_TYPE, Long.toString(personId), "Key professional " + p.getId());
        return p.getId();
    }

    private void requireVersion(String action, long personId, String what, Long loaded, long current,
                                String changedBy, Instant changedAt) {
        if (loaded == null || loaded != current) {
            audit.failure(action, RecordAccess.RECORD_TYPE, Long.toString(personId), what + ": edit conflict, nothing saved");
            throw new EditConflictException(changedBy, changedAt, current);
        }
    }

    private <T> void check(T form) {
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static void checkDates(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw new InvalidInputException("endsOn", "The end date must be on or after the start date.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
