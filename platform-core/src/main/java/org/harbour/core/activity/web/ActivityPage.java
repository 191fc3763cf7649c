package org.harbour.core.activity.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import org.harbour.core.activity.application.ActivityForm;
import org.harbour.core.activity.application.ActivityService;
import org.harbour.core.activity.application.ActivityView;
import org.harbour.core.activity.domain.ActivityKind;
import org.harbour.core.activity.domain.ReviewType;
import org.harbour.core.activity.domain.VisitType;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.InvalidInputException.FieldProblem;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.spi.web.FieldMessages;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Backs case/activity.xhtml: records a visit, supervision, review or case note on a child's case,
 * or shows one (editable by its author only). A save based on a stale version is refused with
 * who changed it and when, and the user's input stays on the page.
 */
@Named
@ViewScoped
public class ActivityPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "activity-form";
    /** Service field names to the ids of the inputs on the page. */
    private static final Map<String, String> INPUTS = Map.ofEntries(Map.entry("date", "date"),
            Map.entry("visitType", "visit-type"), Map.entry("contactMethod", "contact-method"), Map.entry("present", "present"),
            Map.entry("childSeen", "child-seen"), Map.entry("seenAlone", "seen-alone"), Map.entry("supervisor", "supervisor"),
            Map.entry("reviewType", "review-type"), Map.entry("outcome", "outcome"),
            Map.entry("participationCode", "participation"), Map.entry("subject", "subject"), Map.entry("text", "text"));

    @Inject
    private ActivityService activities;

    private Long person;
    private String kindParameter;
    private Long id;
    private ActivityKind kind;
    private ActivityForm form;
    private ActivityView existing;

    /** Called once per view; an unknown or refused child or activity answers 404 (audited). */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (person == null) {
                throw new RecordNotFoundException(-1);
            }
            if (id != null) {
                existing = activities.find(person, id);
                kind = existing.getKind();
                form = existing.getForm();
            } else {
                kind = ActivityKind.fromParameter(kindParameter);
                activities.visitRegime(person); // the need-to-know check before an empty form is shown
                if (kind == null) {
                    throw new RecordNotFoundException(person);
                }
                form = new ActivityForm();
                form.setDate(LocalDate.now(Clock.systemUTC()));
                if (kind == ActivityKind.VISIT) {
                    form.setVisitType(activities.visitRegime(person));
                }
            }
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (existing == null) {
                activities.record(person, kind, form);
            } else {
                activities.update(person, id, form);
            }
        } catch (InvalidInputException e) {
            FieldMessages.show(FORM, INPUTS, e);
            return null;
        } catch (ConstraintViolationException e) {
            FieldMessages.show(FORM, INPUTS, e.getConstraintViolations().stream().map(v -> new FieldProblem(
                    v.getPropertyPath().toString(), v.getMessage())).toList());
            return null;
        } catch (ActionRefusedException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        } catch (EditConflictException e) {
            Messages.addGlobalWarn(e.explanation());
            return null;
        } catch (OptimisticLockException e) {
            Messages.addGlobalWarn(new EditConflictException(null, null).explanation());
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        Messages.addGlobalInfo(kind.getLabel() + (existing == null ? " recorded." : " saved."));
        return "/case/child?faces-redirect=true&id=" + person;
    }


    public boolean isEditable() {
        return existing == null || existing.isEditable();
    }

    public String getHeading() {
        if (existing == null) {
            return "Record a " + kind.getLabel().toLowerCase(java.util.Locale.ROOT);
        }
        return existing.isEditable() ? "Change " + existing.getTitle() : existing.getTitle();
    }

    public VisitType[] getVisitTypes() {
        return VisitType.values();
    }

    /** REVIEW_CODE choices: code to the words staff read. */
    public Map<String, String> getParticipationCodes() {
        return org.harbour.core.activity.domain.ReviewParticipation.CODES;
    }

    public org.harbour.core.activity.domain.ContactMethod[] getContactMethods() {
        return org.harbour.core.activity.domain.ContactMethod.values();
    }

    public ReviewType[] getReviewTypes() {
        return ReviewType.values();
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public String getKindParameter() {
        return kindParameter;
    }

    public void setKindParameter(String kindParameter) {
        this.kindParameter = kindParameter;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public ActivityForm getForm() {
        return form;
    }

    public ActivityView getExisting() {
        return existing;
    }
}
