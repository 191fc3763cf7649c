package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.youthjustice.measures.domain.VictimContact;

/** For the scorecard: the YJB victims KPI's "Victims: support offered". */
@ApplicationScoped
public class VictimsSupportOfferedIndicator extends VictimContactIndicator {

    @Override
    protected VictimContact measure() {
        return VictimContact.SUPPORT_OFFERED;
    }

    @Override
    protected String key() {
        return "victims-support-offered";
    }

    @Override
    protected String title() {
        return "Victims: support offered";
    }

    @Override
    protected String counts() {
        return "Of the victims who consented to contact, the share offered support.";
    }
}
