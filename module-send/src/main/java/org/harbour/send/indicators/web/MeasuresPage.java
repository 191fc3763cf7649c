package org.harbour.send.indicators.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.send.access.web.PageActions;
import org.harbour.send.indicators.application.SendMeasures;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Backs send/measures.xhtml: this month's SEND measures worked out from the records on request, and
 * the children behind one of them (?measure=), named where the user may reach them.
 */
@Named("sendMeasuresPage")
@ViewScoped
public class MeasuresPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    @Inject
    private SendMeasures measures;

    private String measure;
    private transient SendMeasures.Measures view;
    private transient SendMeasures.Counted counted;

    public void load() {
        if (view == null) {
            view = PageActions.attempt(() -> measures.measures(null));
        }
        if (measure != null && !measure.isBlank() && counted == null) {
            counted = PageActions.attempt(() -> measures.counted(measure, null));
        }
    }

    public void recalculate() {
        SendMeasures.Measures fresh = PageActions.attempt(() -> measures.measures(null));
        if (fresh != null) {
            view = fresh;
            counted = measure == null || measure.isBlank() ? null : PageActions.attempt(() -> measures.counted(measure, null));
            Messages.addGlobalInfo("Measures recalculated from the records as they stand at " + AT.format(fresh.computedAt()) + ".");
        }
    }

    public SendMeasures.Measures getView() {
        if (view == null) {
            load();
        }
        return view;
    }

    public SendMeasures.Counted getCounted() {
        return counted;
    }

    public String getComputedAt() {
        return getView() == null ? "" : AT.format(getView().computedAt());
    }

    public String getMonth() {
        return getView() == null ? "" : getView().month().format(MONTH);
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    static String label(YearMonth month) {
        return month.format(MONTH);
    }
}
