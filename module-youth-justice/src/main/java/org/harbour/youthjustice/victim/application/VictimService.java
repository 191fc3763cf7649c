package org.harbour.youthjustice.victim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.harbour.core.spi.access.Requires;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.record.application.RecordService;
import org.harbour.youthjustice.record.domain.Offence;
import org.harbour.youthjustice.victim.domain.Victim;
import org.harbour.youthjustice.victim.infrastructure.VictimRepository;

import java.util.List;

/**
 * Victims of a child's offences and the service's contact with them. Every read and change needs
 * {@code youth-justice:victims} and reach to the child, and is audited; refusals are audited by the guard.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = {RecordNotFoundException.class, ActionRefusedException.class})
@Requires(YjPermissions.ACCESS)
public class VictimService {

    public static final String VIEW = "YJ_VICTIM_VIEW";
    public static final String CREATE = "YJ_VICTIM_CREATE";
    public static final String UPDATE = "YJ_VICTIM_UPDATE";

    @Inject
    private VictimRepository repository;

    @Inject
    private RecordService records;

    @Inject
    private YjAccess access;

    public List<VictimView> ofChild(long personId) {
        access.require(YjPermissions.VICTIMS, VIEW, personId);
        List<VictimView> all = repository.ofChild(personId).stream().map(VictimView::new).toList();
        access.success(VIEW, personId, "victims listed: " + all.size());
        return all;
    }

    public VictimView add(long personId, @NotNull @Valid VictimForm form) {
        access.require(YjPermissions.VICTIMS, CREATE, personId);
        Offence offence = records.offenceOf(personId, form.getOffenceId(), "offenceId");
        Victim victim = new Victim(personId, offence.getId(), form.getName().trim(), blankToNull(form.getContactDetails()),
                access.username(), access.now());
        contact(victim, form);
        repository.add(victim);
        access.success(CREATE, personId, "victim " + victim.getId() + " of offence " + offence.getId());
        return new VictimView(victim);
    }

    public VictimView update(long victimId, @NotNull @Valid VictimForm form) {
        Victim victim = repository.find(victimId).orElse(null);
        if (victim == null) {
            access.requirePermission(YjPermissions.VICTIMS, UPDATE, "youth-justice-victim", Long.toString(victimId));
            throw new RecordNotFoundException(-1);
        }
        access.require(YjPermissions.VICTIMS, UPDATE, victim.getPersonId());
        YjAccess.checkVersion(victim, form.getVersion());
        victim.details(form.getName().trim(), blankToNull(form.getContactDetails()));
        contact(victim, form);
        victim.touched(access.username(), access.now());
        repository.flush();
        access.success(UPDATE, victim.getPersonId(), "victim " + victimId + " contact updated");
        return new VictimView(victim);
    }

    private void contact(Victim victim, VictimForm form) {
        if (form.getConsentToContact() != null && form.getConsentAskedOn() == null) {
            throw new InvalidInputException("consentAskedOn", "Enter the day the victim was asked for consent.");
        }
        boolean anyContact = form.isViewsSought() || form.isKeptInformed() || form.isSupportOffered() || form.isRestorativeJusticeOffered();
        if (!Boolean.TRUE.equals(form.getConsentToContact()) && anyContact) {
            throw new InvalidInputException("consentToContact",
                    "Without the victim's consent the service does not contact them: views, information, support and restorative justice need it.");
        }
        victim.contact(form.getConsentToContact(), form.getConsentAskedOn(), form.isViewsSought(), form.isKeptInformed(),
                form.isSupportOffered(), form.isRestorativeJusticeOffered());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
