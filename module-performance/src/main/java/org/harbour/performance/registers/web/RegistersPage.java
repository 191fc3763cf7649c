package org.harbour.performance.registers.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.performance.registers.application.Registers;
import org.harbour.performance.registers.domain.Recommendation;
import org.harbour.performance.registers.domain.Risk;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * Backs performance/risks.xhtml and performance/recommendations.xhtml: a list and a form; the form
 * keeps the version it was loaded with, so a conflicting save is refused and the input kept.
 */
@Named
@ViewScoped
public class RegistersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Registers registers;

    private List<Risk> risks;
    private List<Recommendation> recommendations;
    private Risk risk = new Risk();
    private Recommendation recommendation = new Recommendation();

    @PostConstruct
    void load() {
        risks = registers.risks();
        recommendations = registers.recommendations();
    }

    public void editRisk(Risk r) {
        risk = copy(r);
    }

    public void editRecommendation(Recommendation r) {
        Recommendation c = new Recommendation();
        c.setId(r.getId());
        c.setVersion(r.getVersion());
        c.setMadeOn(r.getMadeOn());
        c.setTitle(r.getTitle());
        c.setActionProposed(r.getActionProposed());
        c.setActionTaken(r.getActionTaken());
        c.setStatus(r.getStatus());
        recommendation = c;
    }

    private static Risk copy(Risk r) {
        Risk c = new Risk();
        c.setId(r.getId());
        c.setVersion(r.getVersion());
        c.setTitle(r.getTitle());
        c.setProgramme(r.getProgramme());
        c.setRank(r.getRank());
        c.setOwner(r.getOwner());
        c.setMitigation(r.getMitigation());
        c.setReviewDate(r.getReviewDate());
        return c;
    }

    public void saveRisk() {
        try {
            registers.save(risk);
            Messages.addGlobalInfo("Risk saved.");
            risk = new Risk();
            load();
        } catch (EditConflictException e) {
            Messages.addGlobalError(e.explanation());
        } catch (ActionRefusedException | RecordNotFoundException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void saveRecommendation() {
        try {
            registers.save(recommendation);
            Messages.addGlobalInfo("Recommendation saved.");
            recommendation = new Recommendation();
            load();
        } catch (EditConflictException e) {
            Messages.addGlobalError(e.explanation());
        } catch (ActionRefusedException | RecordNotFoundException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void newRisk() {
        risk = new Risk();
    }

    public void newRecommendation() {
        recommendation = new Recommendation();
    }

    public List<Risk> getRisks() {
        return risks;
    }

    public List<Recommendation> getRecommendations() {
        return recommendations;
    }

    public Risk getRisk() {
        return risk;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public Recommendation.Status[] getStatuses() {
        return Recommendation.Status.values();
    }
}
