package org.harbour.core.signoff.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import org.harbour.core.signoff.application.SignOffService;
import org.harbour.core.signoff.application.SignOffView;
import org.harbour.core.spi.error.ActionRefusedException;
import org.harbour.core.spi.error.EditConflictException;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.core.spi.error.RecordNotFoundException;
import org.harbour.core.web.StaffNames;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs team/sign-off.xhtml: the assessments and plans practitioners of the manager's service
 * areas submitted, oldest first; each signed off, or returned with a reason. Staff without
 * {@code core:sign-off} are answered 403 (audited by the service).
 */
@Named
@ViewScoped
public class SignOffQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignOffService signOffs;

    @Inject
    private StaffNames staffNames;

    private List<SignOffView> queue;
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            queue = signOffs.queue();
        } catch (ActionRefusedException e) {
            faces.getExternalContext().responseSendError(403, e.getMessage());
            faces.responseComplete();
        }
    }

    public void approve(SignOffView item) {
        decide(item, true);
    }

    public void giveBack(SignOffView item) {
        decide(item, false);
    }

    private void decide(SignOffView item, boolean approve) {
        try {
            if (approve) {
                signOffs.approve(item.getId(), item.getVersion());
                Messages.addGlobalInfo(item.getWhat() + " for " + item.getChildName() + " signed off.");
            } else {
                signOffs.giveBack(item.getId(), item.getVersion(), reasons.get(item.getId()));
                Messages.addGlobalInfo(item.getWhat() + " for " + item.getChildName() + " returned to "
                        + staffNames.of(item.getSubmittedBy()) + ".");
            }
            reasons.remove(item.getId());
        } catch (InvalidInputException e) {
            Messages.addGlobalError(item.getWhat() + " for " + item.getChildName() + ": " + e.getMessage());
            return;
        } catch (ActionRefusedException e) {
            Messages.addGlobalError(e.getMessage());
            return;
        } catch (EditConflictException e) {
            Messages.addGlobalWarn("Another manager has already decided this: " + e.explanation());
        } catch (OptimisticLockException e) {
            Messages.addGlobalWarn("Another manager decided this at the same moment; the list is read again.");
        } catch (RecordNotFoundException e) {
            Messages.addGlobalError("This is no longer in your queue.");
        }
        queue = signOffs.queue();
    }

    public List<SignOffView> getQueue() {
        return queue == null ? List.of() : queue;
    }

    /** The reason typed for each item, by its id. */
    public Map<Long, String> getReasons() {
        return reasons;
    }
}
