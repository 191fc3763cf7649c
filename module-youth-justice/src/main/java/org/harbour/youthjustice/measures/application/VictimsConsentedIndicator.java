package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.youthjustice.measures.domain.VictimContact;

/** For the scorecard: the YJB victims KPI's "Victims: consent to contact". */
@ApplicationScoped
public class VictimsConsentedIndicator extends VictimContactIndicator {

    @Override
    protected VictimContact measure() {
        return VictimContact.CONSENTED;
    }

    @Override
    protected String key() {
        return "victims-consented";
    }

    @Override
    protected String title() {
        return "Victims: consent to contact";
    }

    @Override
    protected String counts() {
        return "Victims asked in the month whether they consent to be contacted by the service, the share who consented.";
    }
}
