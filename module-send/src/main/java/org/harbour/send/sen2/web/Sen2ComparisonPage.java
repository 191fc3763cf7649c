package org.harbour.send.sen2.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.send.access.web.PageActions;
import org.harbour.send.sen2.application.Sen2Comparison;

/** Backs send/sen2.xhtml: this census year's SEN2 tables beside last year's. */
@Named
@RequestScoped
public class Sen2ComparisonPage {

    @Inject
    private Sen2Comparison comparison;

    private String year;
    private Sen2Comparison.Comparison result;
    private boolean loaded;

    public Sen2Comparison.Comparison getResult() {
        if (!loaded) {
            loaded = true;
            result = PageActions.attempt(() -> comparison.compare(year));
        }
        return result;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
