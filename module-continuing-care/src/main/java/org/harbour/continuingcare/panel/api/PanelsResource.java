package org.harbour.continuingcare.panel.api;

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
import org.harbour.continuingcare.panel.application.DecisionForm;
import org.harbour.continuingcare.panel.application.MeetingView;
import org.harbour.continuingcare.panel.application.PanelForm;
import org.harbour.continuingcare.panel.application.PanelPapers;
import org.harbour.continuingcare.panel.application.PanelService;
import org.harbour.continuingcare.panel.domain.Panel;
import org.harbour.core.spi.error.InvalidInputException;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Panels, their meetings, agendas, attendance, decisions, papers and letters. */
@Path("/continuing-care")
@RequestScoped
@Tag(name = "Continuing care")
public class PanelsResource {

    @Inject
    private PanelService panels;

    @Inject
    private PanelPapers papers;

    /** A meeting's day. */
    public static class NewMeeting {
        private LocalDate meetsOn;

        public LocalDate getMeetsOn() {
            return meetsOn;
        }

        public void setMeetsOn(LocalDate meetsOn) {
            this.meetsOn = meetsOn;
        }
    }

    /** A case to list. */
    public static class Listing {
        private Long referralId;

        public Long getReferralId() {
            return referralId;
        }

        public void setReferralId(Long referralId) {
            this.referralId = referralId;
        }
    }

    /** The members present, by id, and the meeting's version. */
    public static class Attendance {
        private Set<Long> present;
        private Long version;

        public Set<Long> getPresent() {
            return present;
        }

        public void setPresent(Set<Long> present) {
            this.present = present;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    @POST
    @Path("/panels")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set up a panel: terms of reference, one function, members, quorum of decision-makers")
    public Response create(PanelForm form) {
        Panel panel = panels.createPanel(form == null ? new PanelForm() : form);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", panel.getId());
        body.put("name", panel.getName());
        body.put("memberIds", panel.getMembers().stream().map(m -> m.getId()).toList());
        return Response.status(Response.Status.CREATED).entity(body).build();
    }

    @GET
    @Path("/panels")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The panels, with their function and quorum")
    public List<Map<String, Object>> list() {
        return panels.panels().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.getId());
            m.put("name", p.getName());
            m.put("function", p.getFunction().name());
            m.put("quorum", p.getQuorum());
            return m;
        }).toList();
    }

    @GET
    @Path("/panels/{panelId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A panel: function, terms of reference, members, quorum and version")
    public PanelForm one(@PathParam("panelId") long panelId) {
        return PanelForm.of(panels.panel(panelId));
    }

    @PUT
    @Path("/panels/{panelId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a panel; members keep their id, new ones have none; send the version you read (409 if it changed)")
    public PanelForm update(@PathParam("panelId") long panelId, PanelForm form) {
        return PanelForm.of(panels.updatePanel(panelId, form == null ? new PanelForm() : form));
    }

    @POST
    @Path("/panels/{panelId}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule a meeting of the panel")
    public Response schedule(@PathParam("panelId") long panelId, NewMeeting body) {
        MeetingView view = panels.scheduleMeeting(panelId, body == null ? null : body.getMeetsOn());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("/meetings/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A meeting: members, attendance, quorum and agenda")
    public MeetingView meeting(@PathParam("id") long id) {
        return panels.meeting(id);
    }

    @POST
    @Path("/meetings/{id}/agenda")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List a case: refused (409) if its question is already decided, naming where")
    public MeetingView listCase(@PathParam("id") long id, Listing body) {
        if (body == null || body.getReferralId() == null) {
            throw new InvalidInputException("referralId", "Say which referral to list (referralId).");
        }
        return panels.list(id, body.getReferralId());
    }

    @PUT
    @Path("/meetings/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record who is present")
    public MeetingView attendance(@PathParam("id") long id, Attendance body) {
        Attendance a = body == null ? new Attendance() : body;
        return panels.recordAttendance(id, a.getPresent(), a.getVersion());
    }

    @POST
    @Path("/agenda-items/{itemId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the decision: refused (409) without a quorum of decision-makers")
    public MeetingView decide(@PathParam("itemId") long itemId, DecisionForm form) {
        return panels.decide(itemId, form == null ? new DecisionForm() : form);
    }

    @GET
    @Path("/agenda-items/{itemId}/paper.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The panel paper of the case, with its costs")
    public Response paper(@PathParam("itemId") long itemId) {
        return pdf(papers.paper(itemId), "panel-paper-" + itemId + ".pdf");
    }

    @GET
    @Path("/agenda-items/{itemId}/letter.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The letter telling the family of the decision")
    public Response letter(@PathParam("itemId") long itemId) {
        return pdf(papers.letter(itemId), "decision-letter-" + itemId + ".pdf");
    }

    private static Response pdf(byte[] body, String name) {
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
