package org.harbour.youthjustice.measures.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.harbour.youthjustice.measures.domain.VictimContact;

/** For the scorecard: the YJB victims KPI's "Victims: views sought". */
@ApplicationScoped
public class VictimsViewsSoughtIndicator extends VictimContactIndicator {

    @Override
    protected VictimContact measure() {
        return VictimContact.VIEWS_SOUGHT;
    }

    @Override
    protected String key() {
        return "victims-views-sought";
    }

    @Override
    protected String title() {
        return "Victims: views sought";
    }

    @Override
    protected String counts() {
        return "Of the victims who consented to contact, the share whose views were sought before decisions (out-of-court disposals and planning for court orders).";
    }
}
