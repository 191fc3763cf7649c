package org.harbour.continuingcare.packages.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.continuingcare.packages.application.FunderTotals;
import org.harbour.continuingcare.packages.application.FundingService;
import org.harbour.continuingcare.packages.application.SplitForm;
import org.harbour.continuingcare.packages.application.PackageForm;
import org.harbour.continuingcare.packages.application.PackageService;
import org.harbour.continuingcare.packages.application.PackageView;
import org.harbour.continuingcare.packages.application.ReviewService;

import java.time.Clock;
import java.time.LocalDate;

/** Packages: changes, agreement, funding splits, reviews; and the totals by funder. */
@Path("/continuing-care/packages")
@RequestScoped
@Tag(name = "Continuing care")
public class PackagesResource {

    @Inject
    private PackageService packages;

    @Inject
    private FundingService funding;

    @Inject
    private ReviewService reviews;

    /** The version read, for actions that change the package's state. */
    public static class Versioned {
        private Long version;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    /** A review held on a day. */
    public static class NewReview {
        private LocalDate reviewedOn;
        private String outcome;

        public LocalDate getReviewedOn() {
            return reviewedOn;
        }

        public void setReviewedOn(LocalDate reviewedOn) {
            this.reviewedOn = reviewedOn;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }
    }

    /** The quality found at a monitoring visit. */
    public static class Rating extends Versioned {
        private String rating;
        private LocalDate visitedOn;
        private String note;

        public String getRating() {
            return rating;
        }

        public void setRating(String rating) {
            this.rating = rating;
        }

        public LocalDate getVisitedOn() {
            return visitedOn;
        }

        public void setVisitedOn(LocalDate visitedOn) {
            this.visitedOn = visitedOn;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** The clinical review held: day and outcome. */
    public static class ClinicalReview extends Versioned {
        private LocalDate doneOn;
        private String outcome;

        public LocalDate getDoneOn() {
            return doneOn;
        }

        public void setDoneOn(LocalDate doneOn) {
            this.doneOn = doneOn;
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A package with its costs, funding splits and next review")
    public PackageView one(@PathParam("id") long id) {
        return packages.find(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a package; send the version you read (409 if it changed since)")
    public PackageView update(@PathParam("id") long id, PackageForm form) {
        return packages.update(id, form == null ? new PackageForm() : form);
    }

    @POST
    @Path("/{id}/agree")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Agree a proposed package (after an eligible decision, except residential placements)")
    public PackageView agree(@PathParam("id") long id, Versioned body) {
        return packages.agree(id, body == null ? null : body.getVersion());
    }

    @POST
    @Path("/{id}/funding-splits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a funding split from a date; the shares must total exactly 100%")
    public PackageView split(@PathParam("id") long id, SplitForm form) {
        return funding.addSplit(id, form == null ? new SplitForm() : form);
    }

    @POST
    @Path("/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a review of an agreed package; the next falls due a year later")
    public PackageView review(@PathParam("id") long id, NewReview body) {
        NewReview review = body == null ? new NewReview() : body;
        return reviews.record(id, review.getReviewedOn(), review.getOutcome());
    }

    @POST
    @Path("/{id}/quality-rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the quality rating of a monitoring visit (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)")
    public PackageView rate(@PathParam("id") long id, Rating body) {
        Rating r = body == null ? new Rating() : body;
        return packages.rate(id, r.getRating(), r.getVisitedOn(), r.getNote(), r.getVersion());
    }

    @POST
    @Path("/{id}/clinical-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark the clinical review the package's cost requires as held, with its outcome")
    public PackageView clinicalReview(@PathParam("id") long id, ClinicalReview body) {
        ClinicalReview r = body == null ? new ClinicalReview() : body;
        return packages.clinicalReviewDone(id, r.getDoneOn(), r.getOutcome(), r.getVersion());
    }

    @GET
    @Path("/funding-totals")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What each funder pays on a day (default today) for the packages running then")
    public FunderTotals totals(@Parameter(description = "YYYY-MM-DD; today if not given") @QueryParam("on") LocalDate on) {
        LocalDate day = on == null ? LocalDate.now(Clock.systemUTC()) : on;
        return funding.totals(day);
    }
}
