package org.harbour.continuingcare.dsr.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.continuingcare.access.web.Refusals;
import org.omnifaces.util.Messages;
import org.harbour.continuingcare.dsr.application.RegisterForm;
import org.harbour.continuingcare.dsr.application.RegisterReviewRule;
import org.harbour.continuingcare.dsr.application.RegisterService;
import org.harbour.continuingcare.dsr.application.RegisterView;
import org.harbour.continuingcare.dsr.domain.Rag;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.RecordNotFoundException;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs continuing-care/dsr.xhtml: the Dynamic Support Register of the children the user may
 * reach, filtered by RAG rating, with an entry to add (from a child's record) or change.
 */
@Named
@ViewScoped
public class DsrPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegisterService register;

    @Inject
    private RegisterReviewRule reviewRule;

    private String rag;
    private Long entry;
    private Long person;
    private String childName;
    private List<RegisterView> entries;
    private RegisterView editing;
    private RegisterForm form;
    private String closeReason;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (rag != null && !rag.isBlank() && Arrays.stream(Rag.values()).noneMatch(r -> r.name().equals(rag))) {
                rag = null;
            }
            entries = register.list(rag);
            if (entry != null) {
                edit(register.find(entry));
            } else if (person != null) {
                childName = register.childToAdd(person);
                form = new RegisterForm();
                form.setPersonId(person);
                form.setRag(Rag.AMBER.name());
                form.getActions().add(new RegisterForm.ActionForm());
            }
        } catch (ActionRefusedException e) {
            faces.getExternalContext().responseSendError(403, e.getMessage());
            faces.responseComplete();
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    private void edit(RegisterView view) {
        editing = view;
        childName = view.getChildName();
        form = new RegisterForm();
        form.setLearningDisability(view.isLearningDisability());
        form.setAutism(view.isAutism());
        form.setRag(view.getRag());
        form.setRagReason(view.getRagReason());
        form.setLastReviewOn(view.getLastReviewOn());
        view.getActions().forEach(a -> form.getActions().add(new RegisterForm.ActionForm(a.getDescription(), a.getOwner(), a.getDueOn())));
        form.setVersion(view.getVersion());
    }

    public void addAction() {
        form.getActions().add(new RegisterForm.ActionForm());
    }

    public void removeAction(int index) {
        if (index >= 0 && index < form.getActions().size()) {
            form.getActions().remove(index);
        }
    }

    public void save() {
        // Rows left empty are not actions.
        form.getActions().removeIf(a -> (a.getDescription() == null || a.getDescription().isBlank())
                && (a.getOwner() == null || a.getOwner().isBlank()) && a.getDueOn() == null);
        Map<String, String> inputs = new HashMap<>();
        inputs.put("learningDisability", "learning-disability");
        inputs.put("rag", "rag");
        inputs.put("ragReason", "rag-reason");
        inputs.put("lastReviewOn", "last-review-on");
        inputs.put("personId", "rag-reason");
        RegisterView saved = Refusals.attemptGet("entry-form", inputs,
                () -> editing == null ? register.add(form) : register.update(editing.getId(), form));
        if (saved != null) {
            entries = register.list(rag);
            edit(saved);
            person = null;
            Messages.addGlobalInfo("Register entry for " + saved.getChildName() + " saved.");
        }
    }

    public void close() {
        RegisterView closed = Refusals.attemptGet("close-form", Map.of("reason", "close-reason"),
                () -> register.close(editing.getId(), closeReason, form.getVersion()));
        if (closed != null) {
            entries = register.list(rag);
            editing = null;
            form = null;
            closeReason = null;
            Messages.addGlobalInfo(closed.getChildName() + " has left the register.");
        }
    }

    public boolean isMayKeep() {
        return register.mayKeep();
    }

    public List<Rag> getRags() {
        return Arrays.asList(Rag.values());
    }

    public String getRag() {
        return rag;
    }

    public void setRag(String rag) {
        this.rag = rag;
    }

    public Long getEntry() {
        return entry;
    }

    public void setEntry(Long entry) {
        this.entry = entry;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public String getChildName() {
        return childName;
    }

    public List<RegisterView> getEntries() {
        return entries;
    }

    public RegisterView getEditing() {
        return editing;
    }

    public RegisterForm getForm() {
        return form;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }

    public int getReviewWeeks() {
        return reviewRule.weeks();
    }
}
