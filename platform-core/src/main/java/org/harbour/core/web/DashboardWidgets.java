package org.harbour.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.spi.module.DashboardWidget;

import java.util.Comparator;
import java.util.List;

/** Widgets modules contribute, limited to the modules the user may use. */
@Named
@RequestScoped
public class DashboardWidgets {

    @Inject
    private Instance<DashboardWidget> contributions;

    @Inject
    private CurrentAccess access;

    /** Widgets for the home page, from the modules the user may use. */
    public List<DashboardWidget> getHomePage() {
        return visible().stream().filter(DashboardWidget::isOnHomePage).toList();
    }

    private List<DashboardWidget> visible() {
        return contributions.stream()
                .filter(w -> access.shows(w.getModuleId()))
                .sorted(Comparator.comparingInt(DashboardWidget::getOrder).thenComparing(DashboardWidget::getTitle))
                .toList();
    }

    /** One module's widgets, for its landing page. */
    public List<DashboardWidget> of(String moduleId) {
        return visible().stream().filter(w -> w.getModuleId().equals(moduleId)).toList();
    }
}
