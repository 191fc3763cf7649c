package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.youthjustice.measures.domain.VictimContact;

/** For the scorecard: the YJB victims KPI's "Victims: kept informed". */
@ApplicationScoped
public class VictimsKeptInformedIndicator extends VictimContactIndicator {

    @Override
    protected VictimContact measure() {
        return VictimContact.KEPT_INFORMED;
    }

    @Override
    protected String key() {
        return "victims-kept-informed";
    }

    @Override
    protected String title() {
        return "Victims: kept informed";
    }

    @Override
    protected String counts() {
        return "Of the victims who consented to contact, the share kept informed of the progress of the child's case.";
    }
}
