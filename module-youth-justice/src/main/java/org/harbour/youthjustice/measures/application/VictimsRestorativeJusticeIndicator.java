package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.youthjustice.measures.domain.VictimContact;

/** For the scorecard: the YJB victims KPI's "Victims: restorative justice offered". */
@ApplicationScoped
public class VictimsRestorativeJusticeIndicator extends VictimContactIndicator {

    @Override
    protected VictimContact measure() {
        return VictimContact.RESTORATIVE_JUSTICE_OFFERED;
    }

    @Override
    protected String key() {
        return "victims-restorative-justice";
    }

    @Override
    protected String title() {
        return "Victims: restorative justice offered";
    }

    @Override
    protected String counts() {
        return "Of the victims who consented to contact, the share offered restorative justice.";
    }
}
