package org.harbour.core.lookedafter.api;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.caseload.api.CaseApiAccess;
import org.harbour.core.lookedafter.application.LookedAfterRecords;
import org.harbour.core.lookedafter.application.MissingEpisodeForm;
import org.harbour.core.lookedafter.application.MissingEpisodeView;
import org.harbour.core.spi.error.InvalidInputException;

import java.util.List;

/** A looked-after child's missing and away-from-placement episodes, through the same service as the page. */
@Path("/cases/{personId}/missing-episodes")
@RequestScoped
@Tag(name = "Cases")
public class MissingEpisodesResource {

    @Inject
    private LookedAfterRecords records;

    @Inject
    private CaseApiAccess apiAccess;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The child's missing (M) and away (A) episodes, newest first")
    public List<MissingEpisodeView> list(@PathParam("personId") long personId) {
        apiAccess.require(CaseApiAccess.RECORDS, LookedAfterRecords.VIEW, personId);
        return records.missingEpisodes(personId).stream().map(MissingEpisodeView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a missing or away episode: kind M or A, start, end (empty while still missing), return interview")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "A rule is broken (e.g. the end before the start); nothing saved")
    public Response record(@PathParam("personId") long personId, MissingEpisodeForm form) {
        apiAccess.require(CaseApiAccess.RECORDS, LookedAfterRecords.MISSING_SAVE, personId);
        MissingEpisodeForm sent = required(form);
        sent.setId(null);
        return Response.status(Response.Status.CREATED)
                .entity(MissingEpisodeView.of(records.saveMissing(personId, sent))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a missing or away episode; send the version you read")
    public MissingEpisodeView update(@PathParam("personId") long personId, @PathParam("id") long id,
                                     MissingEpisodeForm form) {
        apiAccess.require(CaseApiAccess.RECORDS, LookedAfterRecords.MISSING_SAVE, personId);
        MissingEpisodeForm sent = required(form);
        sent.setId(id);
        return MissingEpisodeView.of(records.saveMissing(personId, sent));
    }

    private static MissingEpisodeForm required(MissingEpisodeForm form) {
        if (form == null) {
            throw new InvalidInputException("kind", "Send the missing episode as JSON.");
        }
        return form;
    }
}
