package org.harbour.core.returns.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.document.api.ContentDisposition;
import org.harbour.core.returns.application.AvailableReturn;
import org.harbour.core.returns.application.ReturnDownload;
import org.harbour.core.returns.application.ReturnMessageView;
import org.harbour.core.returns.application.ReturnRunView;
import org.harbour.core.returns.application.ReturnsService;
import org.harbour.core.spi.error.InvalidInputException;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Statutory returns: those the user may run, runs and their stored files and messages. Each return
 * needs the permission its module names, with the module switched on for one of the user's service
 * areas (403 otherwise, audited). Writes need the API's cross-site header like every other write.
 */
@Path("/returns")
@RequestScoped
@Tag(name = "Statutory returns", description = "Run the DfE and YJB returns modules contribute, and keep every run")
@APIResponse(responseCode = "403", description = "The return's permission is not granted, or its module is off for your areas",
        content = @Content(mediaType = "application/problem+json"))
public class ReturnsResource {

    @Inject
    private ReturnsService returns;

    @Context
    private UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The returns you may run, with the period in progress today")
    public List<AvailableReturn> available() {
        return returns.available();
    }

    @POST
    @Path("/{returnId}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run a return for a period, e.g. {\"period\":\"2025-26\"}; the run is kept with its files and messages")
    @APIResponse(responseCode = "201", description = "Run; Location names it")
    @APIResponse(responseCode = "400", description = "No period, or one the return does not name that way",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such return", content = @Content(mediaType = "application/problem+json"))
    public Response run(@PathParam("returnId") String returnId, RunRequest request) {
        if (request == null || request.period() == null || request.period().isBlank()) {
            throw new InvalidInputException("period", "Name the period to run the return for, e.g. 2025-26.");
        }
        ReturnRunView run = returns.run(returnId, request.period());
        return Response.created(uriInfo.getBaseUriBuilder().path("returns/runs").path(Long.toString(run.id())).build())
                .type(MediaType.APPLICATION_JSON).entity(run).build();
    }

    @GET
    @Path("/runs")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Runs of the returns you may run, newest first; of one return with ?returnId=")
    public List<ReturnRunView> runs(@QueryParam("returnId") String returnId) {
        return returns.runs(returnId == null || returnId.isBlank() ? null : returnId.strip());
    }

    @GET
    @Path("/runs/{runId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One run: who ran it, when, for which period, its files with SHA-256 and size")
    public ReturnRunView run(@PathParam("runId") long runId) {
        return returns.find(runId);
    }

    @GET
    @Path("/runs/{runId}/messages")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The validator's messages of a run: rule, severity, child's person id, field and the page that fixes it")
    public List<ReturnMessageView> messages(@PathParam("runId") long runId) {
        return returns.messages(runId);
    }

    @GET
    @Path("/runs/{runId}/files/{fileId}")
    @Operation(summary = "A file of a run, byte for byte as it was produced; Repr-Digest carries its SHA-256")
    public Response download(@PathParam("runId") long runId, @PathParam("fileId") long fileId) {
        ReturnDownload file = returns.download(runId, fileId);
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(file.sha256()));
        return Response.ok(file.content(), file.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(file.fileName()))
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .header("Content-Security-Policy", "sandbox")
                .build();
    }
}
