package org.harbour.youthjustice.custody.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.youthjustice.YjPermissions;
import org.harbour.youthjustice.access.application.YjAccess;
import org.harbour.youthjustice.access.web.PageAction;
import org.harbour.youthjustice.court.domain.CourtOrder;
import org.harbour.youthjustice.custody.application.CustodyForm;
import org.harbour.youthjustice.custody.application.CustodyService;
import org.harbour.youthjustice.custody.application.CustodyView;
import org.harbour.youthjustice.custody.application.ResettlementForm;
import org.harbour.youthjustice.custody.domain.EstablishmentType;
import org.harbour.youthjustice.custody.domain.ReleaseAccommodation;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Backs youth-justice/custody.xhtml: the child's custody episodes with their resettlement, and the
 * forms to record custody begun, the resettlement plan and the release. The services check and audit.
 */
@Named
@ViewScoped
public class CustodyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CustodyService custody;

    @Inject
    private YjAccess access;

    private Long person;
    private CustodyForm start = new CustodyForm();
    private ResettlementForm resettlement = new ResettlementForm();
    private LocalDate releasedOn;
    private transient List<CustodyView> episodes;
    private transient List<CourtOrder> orders;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (person == null) {
                throw new RecordNotFoundException(-1);
            }
            episodes = custody.ofChild(person);
            start.setStartedOn(access.today());
            resettlement.setResettlementPlanOn(access.today());
            releasedOn = access.today();
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, "No such record");
            faces.responseComplete();
        }
    }

    public List<CustodyView> getEpisodes() {
        if (episodes == null && person != null) {
            episodes = custody.ofChild(person);
        }
        return episodes;
    }

    public List<CourtOrder> getOrders() {
        if (orders == null && person != null) {
            orders = custody.custodialOrders(person);
        }
        return orders;
    }

    public CustodyView getOpen() {
        return getEpisodes().stream().filter(CustodyView::isOpen).findFirst().orElse(null);
    }

    public String getChildName() {
        return person == null ? "" : access.childName(person);
    }

    public void startCustody() {
        CustodyView done = PageAction.on("custody-form", Map.of("orderId", "custody-order", "establishmentType", "establishment-type",
                "establishmentName", "establishment-name", "startedOn", "custody-from")).call(() -> custody.start(person, start));
        if (done != null) {
            start = new CustodyForm();
            start.setStartedOn(access.today());
            refreshed("Custody recorded; release expected " + (done.getExpectedReleaseOn() == null ? "at no fixed day" : done.getExpectedReleaseOn()) + ".");
        }
    }

    public void planResettlement() {
        CustodyView open = getOpen();
        if (open == null) {
            Messages.addGlobalError("The child is not in custody.");
            return;
        }
        resettlement.setVersion(open.getVersion());
        CustodyView done = PageAction.on("resettlement-form", Map.of("resettlementPlanOn", "plan-on", "resettlementPlan", "plan-text",
                "releaseAccommodation", "release-accommodation")).call(() -> custody.plan(open.getId(), resettlement));
        if (done != null) {
            resettlement = new ResettlementForm();
            resettlement.setResettlementPlanOn(access.today());
            refreshed("Resettlement plan recorded.");
        }
    }

    public void release() {
        CustodyView open = getOpen();
        if (open == null) {
            Messages.addGlobalError("The child is not in custody.");
            return;
        }
        CustodyView done = PageAction.on("release-form", Map.of("releasedOn", "released-on"))
                .call(() -> custody.release(open.getId(), releasedOn, open.getVersion()));
        if (done != null) {
            refreshed("Release on licence recorded.");
        }
    }

    private void refreshed(String message) {
        episodes = null;
        Messages.addGlobalInfo(message);
    }

    public EstablishmentType[] getEstablishmentTypes() {
        return EstablishmentType.values();
    }

    public ReleaseAccommodation[] getAccommodations() {
        return ReleaseAccommodation.values();
    }

    public boolean isMayCourt() {
        return access.has(YjPermissions.COURT);
    }

    public boolean isMayRecord() {
        return access.has(YjPermissions.RECORD);
    }

    public Long getPerson() { return person; }
    public void setPerson(Long person) { this.person = person; }
    public CustodyForm getStart() { return start; }
    public ResettlementForm getResettlement() { return resettlement; }
    public LocalDate getReleasedOn() { return releasedOn; }
    public void setReleasedOn(LocalDate releasedOn) { this.releasedOn = releasedOn; }
}
