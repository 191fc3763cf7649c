package org.harbour.send.record.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.harbour.send.SendPermissions;
import org.harbour.send.access.application.SendAccess;
import org.harbour.send.assessment.application.RequestService;
import org.harbour.send.assessment.application.RequestView;
import org.harbour.send.plan.application.PlanService;
import org.harbour.send.plan.application.PlanView;

import java.util.List;

/** Backs the child's "SEND" tab: requests with their 20-week clock, and plans. */
@Named
@RequestScoped
public class SendTab {

    @Inject
    private RequestService requests;

    @Inject
    private PlanService plans;

    @Inject
    private SendAccess access;

    private Long loadedFor;
    private List<RequestView> requestList;
    private List<PlanView> planList;

    private void load(long personId) {
        if (loadedFor == null || loadedFor != personId) {
            requestList = requests.ofChild(personId);
            planList = plans.ofChild(personId);
            loadedFor = personId;
        }
    }

    public List<RequestView> requests(long personId) {
        load(personId);
        return requestList;
    }

    public List<PlanView> plans(long personId) {
        load(personId);
        return planList;
    }

    public boolean isMayRecord() {
        return access.has(SendPermissions.RECORD);
    }
}
