package org.harbour.send.letter.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.spi.error.InvalidInputException;
import org.harbour.send.letter.application.LetterSending;
import org.harbour.send.letter.application.LetterService;
import org.harbour.send.letter.application.LetterView;
import org.harbour.send.letter.application.RequestLetters;
import org.harbour.send.letter.application.ReviewLetterService;
import org.harbour.send.letter.application.ReviewLetters;

/** Letters telling the family of each decision, and their PDFs. Permission and reach are checked by the service. */
@Path("/send/letters")
@RequestScoped
@Tag(name = "SEND")
public class LettersResource {

    @Inject
    private LetterService letters;

    @Inject
    private ReviewLetterService reviewLetters;

    /** A letter sent: the request, the decision (LetterKind's name), the day sent and how (SentBy's name). */
    public static class SentLetter extends LetterSending {

        private static final long serialVersionUID = 1L;

        private Long requestId;

        public Long getRequestId() {
            return requestId;
        }

        public void setRequestId(Long requestId) {
            this.requestId = requestId;
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The letters sent about a request and its plan, and the decisions still without one")
    public RequestLetters ofRequest(@QueryParam("requestId") Long requestId) {
        if (requestId == null) {
            throw new InvalidInputException("requestId", "Say which request's letters to list.");
        }
        return letters.ofRequest(requestId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the letter of a decision was sent to the family, on a day and in a way")
    public Response record(SentLetter sent) {
        SentLetter s = sent == null ? new SentLetter() : sent;
        if (s.getRequestId() == null) {
            throw new InvalidInputException("requestId", "Say which request the letter is about.");
        }
        return created(letters.record(s.getRequestId(), s.getKind(), s.getSentOn(), s.getSentBy()));
    }

    @GET
    @Path("/{id}/letter.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The letter as a tagged PDF, with its date, how it was sent and the family's rights")
    public Response pdf(@PathParam("id") long id) {
        return pdfDownload(letters.pdf(id), "send-letter-" + id + ".pdf");
    }

    @GET
    @Path("/reviews/{reviewId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The letters sent after an annual review, and its decisions still without one")
    public ReviewLetters ofReview(@PathParam("reviewId") long reviewId) {
        return reviewLetters.ofReview(reviewId);
    }

    @POST
    @Path("/reviews/{reviewId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the letter of a review's decision (REVIEW_MAINTAIN, REVIEW_AMEND, REVIEW_CEASE, "
            + "AMENDED_PLAN) was sent, on a day and in a way")
    public Response recordForReview(@PathParam("reviewId") long reviewId, SentLetter sent) {
        SentLetter s = sent == null ? new SentLetter() : sent;
        return created(reviewLetters.record(reviewId, s.getKind(), s.getSentOn(), s.getSentBy()));
    }

    @GET
    @Path("/reviews/letter/{id}/letter.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A letter after an annual review as a tagged PDF, with its date, how it was sent and the family's rights")
    public Response reviewPdf(@PathParam("id") long id) {
        return pdfDownload(reviewLetters.pdf(id), "send-review-letter-" + id + ".pdf");
    }

    private static Response created(LetterView letter) {
        return Response.status(Response.Status.CREATED).entity(letter).build();
    }

    /** A letter names the child: downloaded as a file, never kept by a browser or proxy. */
    private static Response pdfDownload(byte[] file, String fileName) {
        return Response.ok(file, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
