package org.harbour.youthjustice.child.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.youthjustice.access.api.DatedChange;
import org.harbour.youthjustice.child.application.ChildRecordService;
import org.harbour.youthjustice.child.application.ChildRecordView;
import org.harbour.youthjustice.jdmp.application.JdmpService;
import org.harbour.youthjustice.jdmp.application.JdmpView;
import org.harbour.youthjustice.outcome.application.OutcomeForm;
import org.harbour.youthjustice.outcome.application.OutcomeService;
import org.harbour.youthjustice.outcome.application.OutcomeTypeView;
import org.harbour.youthjustice.outcome.application.OutcomeView;
import org.harbour.youthjustice.record.application.ArrestForm;
import org.harbour.youthjustice.record.application.ArrestView;
import org.harbour.youthjustice.record.application.InvolvementView;
import org.harbour.youthjustice.record.application.OffenceForm;
import org.harbour.youthjustice.record.application.OffenceView;
import org.harbour.youthjustice.record.application.RecordService;
import org.harbour.youthjustice.record.application.RemandForm;
import org.harbour.youthjustice.record.application.RemandView;

import java.time.LocalDate;
import java.util.List;

/** The child's youth justice record. Permission, the module's switch and need to know are checked by the services. */
@Path("/youth-justice")
@RequestScoped
@Tag(name = "Youth justice")
public class YouthJusticeResource {

    @Inject
    private ChildRecordService childRecords;

    @Inject
    private RecordService records;

    @Inject
    private OutcomeService outcomes;

    @Inject
    private JdmpService panel;

    /** The case manager the child's involvement is allocated to. */
    public static class Allocation {
        private String caseManager;
        private Long version;

        public String getCaseManager() {
            return caseManager;
        }

        public void setCaseManager(String caseManager) {
            this.caseManager = caseManager;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    /** A police referral of an offence to the Joint Decision-Making Panel. */
    public static class PanelReferral {
        private Long offenceId;
        private LocalDate referredOn;

        public Long getOffenceId() {
            return offenceId;
        }

        public void setOffenceId(Long offenceId) {
            this.offenceId = offenceId;
        }

        public LocalDate getReferredOn() {
            return referredOn;
        }

        public void setReferredOn(LocalDate referredOn) {
            this.referredOn = referredOn;
        }
    }

    @GET
    @Path("/caseload")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Children whose youth justice involvement is allocated to you")
    public List<InvolvementView> caseload() {
        return records.myCaseload();
    }

    @GET
    @Path("/outcome-types")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The ladder's outcome types: code, national code, label and rung")
    public List<OutcomeTypeView> outcomeTypes() {
        return outcomes.types();
    }

    @GET
    @Path("/children/{personId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The child's youth justice record: involvement, offences, arrests, outcomes, panel referrals, remands")
    public ChildRecordView record(@PathParam("personId") long personId) {
        return childRecords.record(personId);
    }

    @POST
    @Path("/children/{personId}/arrests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an arrest and police custody (overnight detention flagged)")
    public Response arrest(@PathParam("personId") long personId, ArrestForm form) {
        ArrestView created = records.recordArrest(personId, form);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/children/{personId}/offences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an offence: date, type, gravity 1-8, weapon; serious violence is derived")
    public Response offence(@PathParam("personId") long personId, OffenceForm form) {
        OffenceView created = records.recordOffence(personId, form);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/children/{personId}/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a court's outcome for an offence (or a prevention or Turnaround programme)")
    public Response outcome(@PathParam("personId") long personId, OutcomeForm form) {
        OutcomeView created = outcomes.recordCourtOutcome(personId, form);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/children/{personId}/panel-referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer an offence to the Joint Decision-Making Panel; the assessment is due 10 working days later")
    public Response refer(@PathParam("personId") long personId, PanelReferral request) {
        PanelReferral body = request == null ? new PanelReferral() : request;
        JdmpView created = panel.refer(personId, body.getOffenceId(), body.getReferredOn());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/children/{personId}/remands")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remand the child; the child becomes looked after (legal status J1) from that day")
    public Response remand(@PathParam("personId") long personId, RemandForm form) {
        RemandView created = records.remand(personId, form);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("/children/{personId}/allocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Allocate the child's youth justice involvement to a case manager; send its version")
    public InvolvementView allocate(@PathParam("personId") long personId, Allocation request) {
        Allocation body = request == null ? new Allocation() : request;
        return records.allocate(personId, body.getCaseManager(), body.getVersion());
    }

    @POST
    @Path("/remands/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a remand on a day; the looked-after period it opened closes (reason E14)")
    public RemandView endRemand(@PathParam("id") long id, DatedChange change) {
        DatedChange body = change == null ? new DatedChange() : change;
        return records.endRemand(id, body.getOn(), body.getVersion());
    }

    @POST
    @Path("/outcomes/{id}/quash")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A court's outcome quashed on appeal: kept, and no longer counted")
    public OutcomeView quash(@PathParam("id") long id, DatedChange change) {
        DatedChange body = change == null ? new DatedChange() : change;
        return outcomes.quash(id, body.getOn(), body.getVersion());
    }
}
