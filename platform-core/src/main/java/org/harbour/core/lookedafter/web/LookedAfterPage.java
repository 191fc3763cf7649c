package org.harbour.core.lookedafter.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import org.harbour.core.caseload.domain.WorkerChangeReason;
import org.harbour.core.lookedafter.application.CharacteristicsForm;
import org.harbour.core.lookedafter.application.HealthOutcomeForm;
import org.harbour.core.lookedafter.application.LookedAfterRecords;
import org.harbour.core.lookedafter.application.MissingEpisodeForm;
import org.harbour.core.lookedafter.application.MissingEpisodeView;
import org.harbour.core.lookedafter.application.StatusForm;
import org.harbour.core.lookedafter.application.WorkerChangeView;
import org.harbour.core.lookedafter.domain.ChildCharacteristics;
import org.harbour.core.lookedafter.domain.HealthOutcome;
import org.harbour.core.lookedafter.domain.LookedAfterRules;
import org.harbour.core.lookedafter.domain.LookedAfterStatus;
import org.harbour.core.spi.error.AccessRefusedException;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Backs case/looked-after.xhtml: what the SSDA903 needs about a looked-after child, recorded by the
 * practitioner - missing and away episodes, the year's health and wellbeing (OC2), and the child's
 * UASC status, motherhood, previous permanence and adoption decisions - and what the CIN census
 * needs beyond the person's details (disabilities, why there is no UPN). A broken rule shows beside
 * its field and nothing is saved; a save over someone else's change is refused with who and when.
 */
@Named
@ViewScoped
public class LookedAfterPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter EN_GB = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Service field names to the client ids of the inputs. */
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("kind", "missing-form:missing-kind"), Map.entry("start", "missing-form:missing-start"),
            Map.entry("end", "missing-form:missing-end"),
            Map.entry("interviewAccepted", "missing-form:interview-accepted"),
            Map.entry("yearEnding", "health-form:health-year"), Map.entry("sdqScore", "health-form:sdq-score"),
            Map.entry("sdqReason", "health-form:sdq-reason"),
            Map.entry("interventionReceived", "health-form:intervention-received"),
            Map.entry("uascFrom", "status-form:uasc-from"), Map.entry("uascCeased", "status-form:uasc-ceased"),
            Map.entry("childBornOn", "status-form:child-born-on"),
            Map.entry("previousPermanence", "status-form:prev-perm"),
            Map.entry("adoptionMatchedOn", "status-form:adoption-matched"),
            Map.entry("placedForAdoptionOn", "status-form:adoption-placed"),
            Map.entry("adoptionStoppedOn", "status-form:adoption-stopped"),
            Map.entry("adoptionStoppedReason", "status-form:adoption-stopped-reason"),
            Map.entry("adoptersNumber", "status-form:adopters-number"),
            Map.entry("adoptersSex", "status-form:adopters-sex"),
            Map.entry("adoptersLegalStatus", "status-form:adopters-ls"),
            Map.entry("disabilities", "census-form:disabilities"),
            Map.entry("upnUnknown", "census-form:upn-unknown"),
            Map.entry("allocation", "workers-form:worker-change"),
            Map.entry("changeReason", "workers-form:change-reason"));
    /** The census's disability codes with what each means, in the census's order. */
    private static final Map<String, String> DISABILITY_LABELS = Map.ofEntries(
            Map.entry("NONE", "No disability (NONE)"), Map.entry("MOB", "Mobility (MOB)"),
            Map.entry("HAND", "Hand function (HAND)"), Map.entry("PC", "Personal care (PC)"),
            Map.entry("INC", "Incontinence (INC)"), Map.entry("COMM", "Communication (COMM)"),
            Map.entry("LD", "Learning (LD)"), Map.entry("HEAR", "Hearing (HEAR)"), Map.entry("VIS", "Vision (VIS)"),
            Map.entry("BEH", "Behaviour (BEH)"), Map.entry("CON", "Consciousness (CON)"),
            Map.entry("AUT", "Diagnosed with autism or Asperger syndrome (AUT)"),
            Map.entry("DDA", "Another disability under the Disability Discrimination Act (DDA)"));

    @Inject
    private LookedAfterRecords records;

    private Long person;
    private List<MissingEpisodeView> missing = List.of();
    private MissingEpisodeForm missingForm = new MissingEpisodeForm();
    private HealthOutcomeForm healthForm = new HealthOutcomeForm();
    private StatusForm statusForm = new StatusForm();
    private CharacteristicsForm characteristicsForm = new CharacteristicsForm();
    private List<WorkerChangeView> workerChanges = List.of();
    private boolean mayCorrectWorkerChanges;
    private Long workerChangeId;
    private String changeReason;

    /** Once per view; an unknown or refused child answers 404 (audited). */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (person == null) {
                throw new RecordNotFoundException(-1);
            }
            refreshMissing();
            loadHealth(latestYearEnding(LocalDate.now(Clock.systemUTC())));
            statusForm = records.status(person).map(LookedAfterPage::formOf).orElseGet(StatusForm::new);
            characteristicsForm = records.characteristics(person).map(LookedAfterPage::formOf)
                    .orElseGet(CharacteristicsForm::new);
            workerChanges = records.workerChanges(person);
            mayCorrectWorkerChanges = records.mayCorrectWorkerChanges();
        } catch (RecordNotFoundException | AccessRefusedException e) {
            // A role without children's records is answered as an unknown child: ids cannot be probed.
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    /** The last collection year that has ended by the given day: its 31 March. */
    static LocalDate latestYearEnding(LocalDate today) {
        LocalDate march = LocalDate.of(today.getYear(), Month.MARCH, 31);
        return today.isAfter(march) ? march : march.minusYears(1);
    }

    public void saveMissing() {
        boolean isNew = missingForm.getId() == null;
        if (attempt(() -> records.saveMissing(person, missingForm))) {
            Messages.addGlobalInfo(isNew ? "Missing episode recorded." : "Missing episode saved.");
            missingForm = new MissingEpisodeForm();
            refreshMissing();
        }
    }

    /** Puts an episode into the form to change it. */
    public void editMissing(long id) {
        missing.stream().filter(m -> m.id() == id).findFirst().ifPresent(m -> {
            MissingEpisodeForm f = new MissingEpisodeForm();
            f.setId(m.id());
            f.setVersion(m.version());
            f.setKind(m.kind());
            f.setStart(m.start());
            f.setEnd(m.end());
            f.setInterviewOffered(m.interviewOffered());
            f.setInterviewAccepted(m.interviewAccepted());
            missingForm = f;
        });
    }

    public void newMissing() {
        missingForm = new MissingEpisodeForm();
    }

    /** Shows the year the user chose. */
    public void changeHealthYear() {
        loadHealth(healthForm.getYearEnding());
    }

    public void saveHealth() {
        if (attempt(() -> healthForm.setVersion(records.saveHealth(person, healthForm).getVersion()))) {
            Messages.addGlobalInfo("Health and wellbeing saved.");
        }
    }

    public void saveStatus() {
        if (attempt(() -> statusForm = formOf(records.saveStatus(person, statusForm)))) {
            Messages.addGlobalInfo("Status, permanence and adoption saved.");
        }
    }

    public void saveCharacteristics() {
        if (attempt(() -> characteristicsForm = formOf(records.saveCharacteristics(person, characteristicsForm)))) {
            Messages.addGlobalInfo("Disabilities and UPN saved.");
        }
    }

    /** Puts right why the worker changed on the change chosen, at the version listed. */
    public void correctWorkerChange() {
        Long version = workerChanges.stream().filter(w -> Long.valueOf(w.allocationId()).equals(workerChangeId))
                .findFirst().map(WorkerChangeView::version).orElse(null);
        if (attempt(() -> records.correctWorkerChange(person, workerChangeId, version, changeReason))) {
            Messages.addGlobalInfo("Why the social worker changed saved.");
            workerChanges = records.workerChanges(person);
            workerChangeId = null;
            changeReason = null;
        }
    }

    private static CharacteristicsForm formOf(ChildCharacteristics c) {
        CharacteristicsForm f = new CharacteristicsForm();
        f.setVersion(c.getVersion());
        f.setDisabilities(c.getDisabilities());
        f.setUpnUnknown(c.getUpnUnknown());
        return f;
    }

    private boolean attempt(Runnable save) {
        try {
            save.run();
            return true;
        } catch (InvalidInputException e) {
            String input = INPUTS.get(e.getField());
            if (input == null) {
                Messages.addGlobalError(e.getMessage());
            } else {
                Messages.addError(input, e.getMessage());
            }
        } catch (ActionRefusedException e) {
            Messages.addGlobalError(e.getMessage());
        } catch (EditConflictException e) {
            Messages.addGlobalWarn(e.explanation());
        } catch (OptimisticLockException e) {
            Messages.addGlobalWarn(new EditConflictException(null, null).explanation());
        }
        return false;
    }

    private void refreshMissing() {
        missing = records.missingEpisodes(person).stream().map(MissingEpisodeView::of).toList();
    }

    private void loadHealth(LocalDate yearEnding) {
        HealthOutcomeForm f = new HealthOutcomeForm();
        f.setYearEnding(yearEnding);
        records.health(person, yearEnding).ifPresent(h -> copy(h, f));
        healthForm = f;
    }

    private static void copy(HealthOutcome h, HealthOutcomeForm f) {
        f.setVersion(h.getVersion());
        f.setHealthCheck(h.isHealthCheck());
        f.setTeethCheck(h.isTeethCheck());
        f.setImmunisations(h.isImmunisations());
        f.setHealthAssessment(h.isHealthAssessment());
        f.setSdqScore(h.getSdqScore());
        f.setSdqReason(h.getSdqReason());
        f.setConvicted(h.isConvicted());
        f.setSubstanceMisuse(h.isSubstanceMisuse());
        f.setInterventionReceived(h.getInterventionReceived());
        f.setInterventionOffered(h.getInterventionOffered());
    }

    private static StatusForm formOf(LookedAfterStatus s) {
        StatusForm f = new StatusForm();
        f.setVersion(s.getVersion());
        f.setUascFrom(s.getUascFrom());
        f.setUascCeased(s.getUascCeased());
        f.setMother(s.isMother());
        f.setChildBornOn(s.getChildBornOn());
        f.setPreviousPermanence(s.getPreviousPermanence());
        f.setPreviousPermanenceLa(s.getPreviousPermanenceLa());
        f.setPreviousPermanenceDate(s.getPreviousPermanenceDate());
        f.setAdoptionDecidedOn(s.getAdoptionDecidedOn());
        f.setPlacementOrderOn(s.getPlacementOrderOn());
        f.setAdoptionMatchedOn(s.getAdoptionMatchedOn());
        f.setPlacedForAdoptionOn(s.getPlacedForAdoptionOn());
        f.setAdoptionStoppedOn(s.getAdoptionStoppedOn());
        f.setAdoptionStoppedReason(s.getAdoptionStoppedReason());
        f.setAdoptedByFosterCarer(s.isAdoptedByFosterCarer());
        f.setAdoptersNumber(s.getAdoptersNumber());
        f.setAdoptersSex(s.getAdoptersSex());
        f.setAdoptersLegalStatus(s.getAdoptersLegalStatus());
        return f;
    }

    /** The last five collection years to choose from, newest first. */
    public List<LocalDate> getHealthYears() {
        LocalDate latest = latestYearEnding(LocalDate.now(Clock.systemUTC()));
        List<LocalDate> years = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            years.add(latest.minusYears(i));
        }
        return years;
    }

    public List<String> getSdqReasons() { return new ArrayList<>(new TreeSet<>(LookedAfterRules.SDQ_REASONS)); }
    public List<String> getPreviousPermanenceCodes() { return new ArrayList<>(new TreeSet<>(LookedAfterRules.PREVIOUS_PERMANENCE)); }
    public List<String> getAdoptionStoppedReasons() { return new ArrayList<>(new TreeSet<>(LookedAfterRules.ADOPTION_STOPPED)); }
    public List<String> getAdoptersSexCodes() { return new ArrayList<>(new TreeSet<>(LookedAfterRules.ADOPTERS_SEX)); }
    public List<String> getAdoptersLegalStatusCodes() { return new ArrayList<>(new TreeSet<>(LookedAfterRules.ADOPTERS_LEGAL_STATUS)); }

    /** The disability choices: code to label, in the census's order. */
    public Map<String, String> getDisabilityOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        LookedAfterRules.DISABILITIES.forEach(code -> options.put(DISABILITY_LABELS.get(code), code));
        return options;
    }

    public List<String> getUpnUnknownCodes() { return LookedAfterRules.UPN_UNKNOWN; }

    /** SW_REASON choices: label to code. */
    public Map<String, String> getChangeReasons() {
        Map<String, String> options = new LinkedHashMap<>();
        WorkerChangeReason.CODES.forEach((code, label) -> options.put(label + " (" + code + ")", code));
        return options;
    }

    /** The changes to choose from: label to allocation id. */
    public Map<String, Long> getWorkerChangeOptions() {
        Map<String, Long> options = new LinkedHashMap<>();
        workerChanges.forEach(w -> options.put(w.worker() + " until " + EN_GB.format(w.endedOn()), w.allocationId()));
        return options;
    }

    /** One or two adopters, as the number the form holds. */
    public List<Integer> getAdopterCounts() { return List.of(1, 2); }

    public Long getPerson() { return person; }
    public void setPerson(Long person) { this.person = person; }
    public List<MissingEpisodeView> getMissing() { return missing; }
    public MissingEpisodeForm getMissingForm() { return missingForm; }
    public HealthOutcomeForm getHealthForm() { return healthForm; }
    public StatusForm getStatusForm() { return statusForm; }
    public CharacteristicsForm getCharacteristicsForm() { return characteristicsForm; }
    public List<WorkerChangeView> getWorkerChanges() { return workerChanges; }
    public boolean isMayCorrectWorkerChanges() { return mayCorrectWorkerChanges; }
    public Long getWorkerChangeId() { return workerChangeId; }
    public void setWorkerChangeId(Long v) { this.workerChangeId = v; }
    public String getChangeReason() { return changeReason; }
    public void setChangeReason(String v) { this.changeReason = v; }
}
