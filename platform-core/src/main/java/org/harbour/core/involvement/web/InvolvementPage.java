package org.harbour.core.involvement.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import org.harbour.core.involvement.application.InvolvementForm;
import org.harbour.core.involvement.application.InvolvementService;
import org.harbour.core.involvement.application.InvolvementView;
import org.harbour.core.involvement.domain.CodeList;
import org.harbour.core.involvement.domain.DfeCodes;
import org.harbour.core.involvement.domain.InvolvementKind;
import org.harbour.core.involvement.domain.InvolvementRuleException;
import org.harbour.core.involvement.domain.InvolvementRules;
import org.harbour.core.involvement.domain.RuleViolation;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.harbour.core.involvement.domain.InvolvementKind.*;

/**
 * Backs case/involvement.xhtml: records a new involvement of a child, or edits one, showing only
 * the fields its kind uses. Broken rules appear next to their fields; a save over someone else's
 * change is refused with who and when, and the user's input is kept.
 */
@Named
@ViewScoped
public class InvolvementPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "involvement-form";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'at' HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    private static final Map<String, Set<InvolvementKind>> FIELDS = Map.ofEntries(
            Map.entry("endDate", EnumSet.of(REFERRAL, CIN_PLAN, SECTION_47, CP_PLAN, LOOKED_AFTER, PLACEMENT_EPISODE,
                    CARE_LEAVER, EARLY_HELP)),
            Map.entry("sourceCode", EnumSet.of(CONTACT, REFERRAL)),
            Map.entry("primaryNeed", EnumSet.of(REFERRAL, LOOKED_AFTER)),
            Map.entry("nfa", EnumSet.of(REFERRAL)),
            Map.entry("closureReason", EnumSet.of(REFERRAL)),
            Map.entry("referralId", EnumSet.of(ASSESSMENT, CIN_PLAN, STRATEGY_DISCUSSION, SECTION_47, CP_PLAN)),
            Map.entry("completedOn", EnumSet.of(ASSESSMENT)),
            Map.entry("factors", EnumSet.of(ASSESSMENT)),
            Map.entry("outcomeCode", EnumSet.of(SECTION_47)),
            Map.entry("icpcDate", EnumSet.of(SECTION_47)),
            Map.entry("categoryCode", EnumSet.of(CP_PLAN)),
            Map.entry("latestCategoryCode", EnumSet.of(CP_PLAN)),
            Map.entry("periodId", EnumSet.of(PLACEMENT_EPISODE)),
            Map.entry("legalStatus", EnumSet.of(PLACEMENT_EPISODE)),
            Map.entry("placementType", EnumSet.of(PLACEMENT_EPISODE)),
            Map.entry("placementProvider", EnumSet.of(PLACEMENT_EPISODE)),
            Map.entry("reasonNewEpisode", EnumSet.of(PLACEMENT_EPISODE)),
            Map.entry("reasonCeased", EnumSet.of(PLACEMENT_EPISODE, LOOKED_AFTER)),
            Map.entry("reasonPlaceChange", EnumSet.of(PLACEMENT_EPISODE)),
            Map.entry("placementPostcode", EnumSet.of(PLACEMENT_EPISODE)),
            Map.entry("placementLocation", EnumSet.of(PLACEMENT_EPISODE)),
            Map.entry("placementLocalAuthority", EnumSet.of(PLACEMENT_EPISODE)),
            Map.entry("placementDistance", EnumSet.of(PLACEMENT_EPISODE)),
            Map.entry("leaverStatus", EnumSet.of(CARE_LEAVER)),
            Map.entry("inTouch", EnumSet.of(CARE_LEAVER)),
            Map.entry("activityCode", EnumSet.of(CARE_LEAVER)),
            Map.entry("accommodationCode", EnumSet.of(CARE_LEAVER)),
            Map.entry("leadAgency", EnumSet.of(EARLY_HELP)));

    private static final Map<String, CodeList> CODES = Map.ofEntries(
            Map.entry("sourceCode", DfeCodes.REFERRAL_SOURCE),
            Map.entry("primaryNeed", DfeCodes.PRIMARY_NEED),
            Map.entry("closureReason", DfeCodes.CLOSURE_REASON),
            Map.entry("factors", DfeCodes.ASSESSMENT_FACTOR),
            Map.entry("outcomeCode", DfeCodes.S47_OUTCOME),
            Map.entry("categoryCode", DfeCodes.ABUSE_CATEGORY),
            Map.entry("latestCategoryCode", DfeCodes.ABUSE_CATEGORY),
            Map.entry("legalStatus", DfeCodes.LEGAL_STATUS),
            Map.entry("placementType", DfeCodes.PLACEMENT_TYPE),
            Map.entry("placementProvider", DfeCodes.PLACEMENT_PROVIDER),
            Map.entry("reasonNewEpisode", DfeCodes.REASON_NEW_EPISODE),
            Map.entry("reasonCeased", DfeCodes.REASON_EPISODE_CEASED),
            Map.entry("reasonPlaceChange", DfeCodes.REASON_PLACE_CHANGE),
            Map.entry("placementLocation", DfeCodes.PLACEMENT_LOCATION),
            Map.entry("leaverStatus", DfeCodes.CARE_LEAVER_STATUS),
            Map.entry("inTouch", DfeCodes.IN_TOUCH),
            Map.entry("activityCode", DfeCodes.ACTIVITY),
            Map.entry("accommodationCode", DfeCodes.ACCOMMODATION),
            Map.entry("leadAgency", DfeCodes.EARLY_HELP_LEAD_AGENCY));

    @Inject
    private InvolvementService involvements;

    private Long person;
    private String kind;
    private Long id;
    private InvolvementKind kindValue;
    private InvolvementForm form;
    private List<String> factors = new ArrayList<>();
    private List<Choice> referrals = List.of();
    private List<Choice> periods = List.of();

    /** A referral or period to choose from. */
    public record Choice(long id, String label) implements Serializable {
        public long getId() { return id; }
        public String getLabel() { return label; }
    }

    /** Called once per view; an unknown or refused child, kind or id answers 404. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        kindValue = InvolvementKind.parse(kind).orElse(null);
        try {
            if (person == null || kindValue == null) {
                throw new RecordNotFoundException(person == null ? -1 : person);
            }
            form = id == null ? involvements.newForm(person, kindValue) : involvements.find(person, kindValue, id);
            factors = new ArrayList<>(InvolvementRules.codes(form.getFactors()));
            if (uses("referralId")) {
                referrals = involvements.referralsOf(person).stream().map(r -> new Choice(r.getId(),
                        "Referral of " + r.getStartDate() + " (source " + r.getSourceCode() + ")"
                                + (r.getEndDate() == null ? "" : ", closed " + r.getEndDate()))).toList();
            }
            if (uses("periodId")) {
                periods = involvements.periodsOf(person).stream().map(p -> new Choice(p.getId(),
                        "Looked after from " + p.getStartDate() + (p.getEndDate() == null ? "" : " to " + p.getEndDate())))
                        .toList();
            }
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        form.setFactors(String.join(" ", factors));
        try {
            InvolvementView saved = id == null ? involvements.record(person, form)
                    : involvements.update(person, kindValue, id, form);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.addGlobalInfo(saved.getKindLabel() + " of " + saved.getStartDate() + " saved.");
            return involvements.mayOpenRecord(person)
                    ? "/case/child.xhtml?faces-redirect=true&id=" + person
                    : "/index.xhtml?faces-redirect=true";
        } catch (InvolvementRuleException e) {
            for (RuleViolation v : e.violations()) {
                UIComponent field = faces.getViewRoot().findComponent(FORM + ":" + v.field());
                boolean shown = field != null && field.isRendered() && uses(v.field());
                Messages.addError(shown ? field.getClientId(faces) : null, v.message());
            }
            Messages.addGlobalError("Nothing was saved: please correct the fields marked below.");
        } catch (RecordNotFoundException e) {
            Messages.addGlobalError("This record is no longer one you may see; nothing was saved.");
        } catch (RuntimeException e) {
            EditConflictException conflict = conflictIn(e);
            if (conflict == null && !isOptimisticLock(e)) {
                throw e;
            }
            conflict(faces, conflict);
        }
        return null;
    }

    private void conflict(FacesContext faces, EditConflictException conflict) {
        if (conflict == null) {
            // Lost the race at commit: read who saved first.
            InvolvementView current = involvements.find(person, kindValue, id);
            conflict = new EditConflictException(current.getUpdatedBy() != null ? current.getUpdatedBy()
                    : current.getRecordedBy(), current.getUpdatedAt() != null ? current.getUpdatedAt()
                    : current.getRecordedAt(), current.getVersion());
        }
        String who = conflict.getChangedBy() == null ? "Someone else" : conflict.getChangedBy();
        Instant at = conflict.getChangedAt();
        String when = at == null ? "" : " on " + WHEN.format(at);
        // The next save is then a deliberate choice to keep this version over theirs.
        form.setVersion(conflict.getCurrentVersion());
        Messages.addGlobalWarn(who + " changed this " + kindValue.getLabel().toLowerCase() + when + ", after you opened it."
                + " Nothing was saved and your input is still here. Open the child's record in a new tab to"
                + " compare, then press Save again to replace their version with yours.");
    }

    private static EditConflictException conflictIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EditConflictException c) {
                return c;
            }
        }
        return null;
    }

    private static boolean isOptimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /** A period of care: its need is the SSDA903 category of need, not the census's primary need. */
    public boolean isLookedAfter() {
        return kindValue == LOOKED_AFTER;
    }

    /** Whether the kind being recorded uses the field. */
    public boolean uses(String field) {
        Set<InvolvementKind> kinds = FIELDS.get(field);
        return kindValue != null && kinds != null && kinds.contains(kindValue);
    }

    public List<CodeList.Code> codes(String field) {
        CodeList list = "primaryNeed".equals(field) && isLookedAfter() ? DfeCodes.CATEGORY_OF_NEED : CODES.get(field);
        return list == null ? List.of() : list.getCodes();
    }

    public String getHeading() {
        if (kindValue == null) {
            return "Involvement";
        }
        return (id == null ? "Record: " : "Edit: ") + kindValue.getLabel().toLowerCase();
    }

    public String getStartLabel() {
        if (kindValue == null) {
            return "Date";
        }
        return switch (kindValue) {
            case CONTACT -> "Date of contact";
            case REFERRAL -> "Referral date";
            case STRATEGY_DISCUSSION -> "Date of strategy discussion";
            case ASSESSMENT -> "Assessment start date";
            case LOOKED_AFTER -> "Date started to be looked after";
            case PLACEMENT_EPISODE -> "Episode start date (DECOM)";
            default -> "Start date";
        };
    }

    public String getEndLabel() {
        if (kindValue == null) {
            return "End date";
        }
        return switch (kindValue) {
            case REFERRAL -> "Closure date";
            case SECTION_47 -> "Date the enquiry was completed";
            case LOOKED_AFTER -> "Date ceased to be looked after";
            case PLACEMENT_EPISODE -> "Episode end date (DEC)";
            default -> "End date";
        };
    }

    public String getReasonCeasedLabel() {
        return kindValue == LOOKED_AFTER ? "Reason the current placement episode ceased (when the period ends)"
                : "Reason the episode ceased (REC)";
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public InvolvementForm getForm() {
        return form;
    }

    public List<String> getFactors() {
        return factors;
    }

    public void setFactors(List<String> factors) {
        this.factors = factors == null ? new ArrayList<>() : new ArrayList<>(factors);
    }

    public List<Choice> getReferrals() {
        return referrals;
    }

    public List<Choice> getPeriods() {
        return periods;
    }
}
