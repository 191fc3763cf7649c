package org.harbour.send.plan.api;

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
import org.harbour.send.plan.application.PlanService;
import org.harbour.send.plan.application.PlanView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** EHC plans: sections, needs, named setting, ceasing. Every change sends the version read; a stale one is 409. */
@Path("/send/plans")
@RequestScoped
@Tag(name = "SEND")
public class PlansResource {

    @Inject
    private PlanService plans;

    /** The sections to write, by letter. */
    public static class Sections {
        private Map<String, String> sections;
        private Long version;

        public Map<String, String> getSections() {
            return sections;
        }

        public void setSections(Map<String, String> sections) {
            this.sections = sections;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    /** The needs by SEN2 code, most significant first. */
    public static class Needs {
        private List<String> needs;
        private Long version;

        public List<String> getNeeds() {
            return needs;
        }

        public void setNeeds(List<String> needs) {
            this.needs = needs;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    /** The setting from the register. */
    public static class Placement {
        private Long settingId;
        private boolean residential;
        private Long version;

        public Long getSettingId() {
            return settingId;
        }

        public void setSettingId(Long settingId) {
            this.settingId = settingId;
        }

        public boolean isResidential() {
            return residential;
        }

        public void setResidential(boolean residential) {
            this.residential = residential;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    /** The personal budget a year: organised arrangements and direct payments, in pounds. */
    public static class Budget {
        private BigDecimal organised;
        private BigDecimal direct;
        private Long version;

        public BigDecimal getOrganised() {
            return organised;
        }

        public void setOrganised(BigDecimal organised) {
            this.organised = organised;
        }

        public BigDecimal getDirect() {
            return direct;
        }

        public void setDirect(BigDecimal direct) {
            this.direct = direct;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    /** Home to school transport: the mode and its cost a year, in pounds. */
    public static class Transport {
        private String mode;
        private BigDecimal costPerYear;
        private Long version;

        public String getMode() {
            return mode;
        }

        public void setMode(String mode) {
            this.mode = mode;
        }

        public BigDecimal getCostPerYear() {
            return costPerYear;
        }

        public void setCostPerYear(BigDecimal costPerYear) {
            this.costPerYear = costPerYear;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    /** Ceasing: the day and the SEN2 reason's name. */
    public static class Cessation {
        private LocalDate on;
        private String reason;
        private Long version;

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A plan with its sections A-K, ranked needs, named setting and issued versions")
    public PlanView one(@PathParam("id") long id) {
        return plans.find(id);
    }

    @PUT
    @Path("/{id}/sections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write sections by letter (A-K); send the version read")
    public PlanView sections(@PathParam("id") long id, Sections body) {
        Sections b = body == null ? new Sections() : body;
        return plans.writeSections(id, b.getSections(), b.getVersion());
    }

    @PUT
    @Path("/{id}/needs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rank the special educational needs by SEN2 code (SPLD, MLD, SLD, PMLD, SEMH, SLCN, HI, VI, MSI, PD, ASD, OTH)")
    public PlanView needs(@PathParam("id") long id, Needs body) {
        Needs b = body == null ? new Needs() : body;
        return plans.rankNeeds(id, b.getNeeds(), b.getVersion());
    }

    @PUT
    @Path("/{id}/setting")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Name the school or setting from the register")
    public PlanView setting(@PathParam("id") long id, Placement body) {
        Placement b = body == null ? new Placement() : body;
        return plans.nameSetting(id, b.getSettingId(), b.isResidential(), b.getVersion());
    }

    @PUT
    @Path("/{id}/personal-budget")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The personal budget a year: organised arrangements and direct payments (0 or absent for none)")
    public PlanView personalBudget(@PathParam("id") long id, Budget body) {
        Budget b = body == null ? new Budget() : body;
        return plans.arrangePersonalBudget(id, b.getOrganised(), b.getDirect(), b.getVersion());
    }

    @PUT
    @Path("/{id}/transport")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Home to school transport: mode (NONE, FLEET, TAXI, PUBLIC_TRANSPORT_PASS, TRAVEL_TRAINING, "
            + "PERSONAL_TRANSPORT_BUDGET) and cost a year")
    public PlanView transport(@PathParam("id") long id, Transport body) {
        Transport b = body == null ? new Transport() : body;
        return plans.arrangeTransport(id, b.getMode(), b.getCostPerYear(), b.getVersion());
    }

    @POST
    @Path("/{id}/cease")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cease the plan with the SEN2 reason")
    public PlanView cease(@PathParam("id") long id, Cessation body) {
        Cessation b = body == null ? new Cessation() : body;
        return plans.cease(id, b.getOn(), b.getReason(), b.getVersion());
    }

    /** A transfer between authorities: the other authority's 3-digit DfE code and the day. */
    public static class Transfer {
        private String la;
        private LocalDate on;
        private Long version;

        public String getLa() {
            return la;
        }

        public void setLa(String la) {
            this.la = la;
        }

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    /** Whether the plan names a work-based placement. */
    public static class WorkBased {
        private boolean workBasedPlacement;
        private Long version;

        public boolean isWorkBasedPlacement() {
            return workBasedPlacement;
        }

        public void setWorkBasedPlacement(boolean workBasedPlacement) {
            this.workBasedPlacement = workBasedPlacement;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    @PUT
    @Path("/{id}/work-based-placement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the plan names a work-based placement (SEN2 PlanWPB)")
    public PlanView workBased(@PathParam("id") long id, WorkBased body) {
        WorkBased b = body == null ? new WorkBased() : body;
        return plans.workBasedPlacement(id, b.isWorkBasedPlacement(), b.getVersion());
    }

    @PUT
    @Path("/{id}/transfer-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the plan was transferred in from another authority (la: its DfE code; on: the day)")
    public PlanView transferIn(@PathParam("id") long id, Transfer body) {
        Transfer b = body == null ? new Transfer() : body;
        return plans.transferIn(id, b.getLa(), b.getOn(), b.getVersion());
    }

    @POST
    @Path("/{id}/transfer-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Transfer the plan out to another authority (la: its DfE code; on: the day): it ceases with SEN2 reason 5")
    public PlanView transferOut(@PathParam("id") long id, Transfer body) {
        Transfer b = body == null ? new Transfer() : body;
        return plans.transferOut(id, b.getLa(), b.getOn(), b.getVersion());
    }

    @GET
    @Path("/{id}/versions/{number}/plan.pdf")
    @Produces("application/pdf")
    @Operation(summary = "An issued version of the plan (draft, final or amended) as a tagged PDF")
    public Response versionPdf(@PathParam("id") long id, @PathParam("number") int number) {
        return Response.ok(plans.versionPdf(id, number), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"ehc-plan-" + id + "-version-" + number + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }
}
