package org.harbour.core.document.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.caseload.api.CaseApiAccess;
import org.harbour.core.document.application.DocumentDownload;
import org.harbour.core.document.application.DocumentService;
import org.harbour.core.document.application.DocumentSummary;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Documents attached to a child's case. An upload is the file's bytes as the request body, its
 * name in a {@code Content-Disposition} header (never in the address: names can identify a child).
 */
@Path("/cases/{personId}/documents")
@RequestScoped
@Tag(name = "Cases")
public class DocumentsResource {

    @Inject
    private DocumentService documents;

    @Inject
    private CaseApiAccess apiAccess;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Documents attached to the child's case, newest first")
    public List<DocumentSummary> list(@PathParam("personId") long personId) {
        apiAccess.require(CaseApiAccess.RECORDS, "DOCUMENT_LIST_VIEW", personId);
        return documents.list(personId);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach a file (PDF, DOCX, XLSX, ODT, PNG, JPEG or TXT, checked by content) to the child's case")
    public Response upload(@PathParam("personId") long personId,
                           @HeaderParam(HttpHeaders.CONTENT_DISPOSITION) String disposition,
                           @HeaderParam("X-Document-Title") String title, InputStream body) throws IOException {
        apiAccess.require(CaseApiAccess.RECORDS, "DOCUMENT_UPLOAD", personId);
        byte[] content = documents.readLimited(body);
        DocumentSummary stored = documents.upload(personId, title, ContentDisposition.fileName(disposition), content);
        return Response.status(Response.Status.CREATED).entity(stored).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{documentId}/content")
    @Operation(summary = "Download a document: always as an attachment, never cached")
    public Response download(@PathParam("personId") long personId, @PathParam("documentId") long documentId) {
        apiAccess.require(CaseApiAccess.RECORDS, "DOCUMENT_DOWNLOAD", personId);
        DocumentDownload file = documents.download(personId, documentId);
        return Response.ok(file.content(), file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .header("Content-Security-Policy", "sandbox")
                .build();
    }
}
