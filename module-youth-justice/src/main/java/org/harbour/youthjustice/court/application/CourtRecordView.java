package org.harbour.youthjustice.court.application;

import java.io.Serializable;
import java.util.List;

/** The child's court work at a glance: hearings, pre-sentence reports, orders, breaches and bail support. */
public class CourtRecordView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String childName;
    private final List<HearingView> hearings;
    private final List<ReportView> reports;
    private final List<OrderView> orders;
    private final List<BreachView> breaches;
    private final List<BailView> bail;

    public CourtRecordView(long personId, String childName, List<HearingView> hearings, List<ReportView> reports,
                           List<OrderView> orders, List<BreachView> breaches, List<BailView> bail) {
        this.personId = personId;
        this.childName = childName;
        this.hearings = List.copyOf(hearings);
        this.reports = List.copyOf(reports);
        this.orders = List.copyOf(orders);
        this.breaches = List.copyOf(breaches);
        this.bail = List.copyOf(bail);
    }

    public long getPersonId() {
        return personId;
    }

    public String getChildName() {
        return childName;
    }

    public List<HearingView> getHearings() {
        return hearings;
    }

    public List<ReportView> getReports() {
        return reports;
    }

    public List<OrderView> getOrders() {
        return orders;
    }

    public List<BreachView> getBreaches() {
        return breaches;
    }

    public List<BailView> getBail() {
        return bail;
    }

    /** The bail support still running, if any: what the page offers to end. */
    public BailView getOpenBail() {
        return bail.stream().filter(BailView::isOpen).findFirst().orElse(null);
    }

    /** Orders not quashed: what a breach may be recorded against. */
    public List<OrderView> getStandingOrders() {
        return orders.stream().filter(o -> !o.isQuashed()).toList();
    }
}
