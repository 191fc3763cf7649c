package org.harbour.core.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;

import java.util.List;

/**
 * Tells the session store that a page's kept view changed, and only then. Faces keeps a page's view (its state and
 * its view-scoped beans) in maps inside the session and changes them in place, which the store cannot see; with
 * {@code com.sun.faces.enableDistributable} Mojarra set its view maps again after every request of the application,
 * style sheets and health probes included, so every request saved (and, in a cluster, copied) the whole session.
 * That option is off; this sets the maps again after a page that keeps its view was rendered (a page, a form posted
 * back, an Ajax update). A stateless page, a resource or a REST call changes nothing kept and leaves the session as
 * it was.
 */
public class KeptViewsChanged implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** Mojarra's session attributes holding the kept views' state and their view-scoped beans (Faces and CDI). */
    static final List<String> KEPT_VIEW_ATTRIBUTES = List.of(
            "com.sun.faces.renderkit.ServerSideStateHelper.LogicalViewMap",
            "com.sun.faces.application.view.activeViewMaps",
            "com.sun.faces.application.view.activeViewContexts");

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // The view's state is written while it renders: nothing has changed yet.
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot view = faces.getViewRoot();
        if (view == null || view.isTransient()) {
            return;
        }
        Object session = faces.getExternalContext().getSession(false);
        if (session instanceof HttpSession http) {
            for (String name : KEPT_VIEW_ATTRIBUTES) {
                Object kept = http.getAttribute(name);
                if (kept != null) {
                    http.setAttribute(name, kept);
                }
            }
        }
    }
}
