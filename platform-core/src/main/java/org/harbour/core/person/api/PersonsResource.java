package org.harbour.core.person.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.access.web.CorePageGuards;
import org.harbour.core.api.problem.Problem;
import org.harbour.core.api.problem.ProblemException;
import org.harbour.core.audit.application.AuditLog;
import org.harbour.core.person.application.InvalidPersonDetails;
import org.harbour.core.person.application.PersonDetails;
import org.harbour.core.person.application.PersonIndex;
import org.harbour.core.person.application.PersonMatch;
import org.harbour.core.person.application.PersonSearch;
import org.harbour.core.person.application.PersonView;
import org.harbour.core.person.application.RecordAccess;
import org.harbour.core.person.application.RelationshipRequest;
import org.harbour.core.person.application.RelationshipView;
import org.harbour.core.person.application.Relationships;
import org.harbour.core.person.application.SearchCriteria;

import java.time.LocalDate;
import java.util.List;

/**
 * The person index over REST, with the pages' checks: the {@code core:records} permission for
 * everything, need to know for one person's record. Changes need the version they are based on,
 * as an {@code If-Match} ETag or the body's {@code version}.
 */
@Path("/persons")
@RequestScoped
@Tag(name = "Persons", description = "The person index: children and adults, their identifiers and relationships")
public class PersonsResource {

    @Inject
    private RecordAccess recordAccess;

    @Inject
    private CurrentAccess access;

    @Inject
    private AuditLog audit;

    @Inject
    private PersonSearch search;

    @Inject
    private PersonIndex index;

    @Inject
    private Relationships relationships;

    @Context
    private UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search the whole index by name (tolerant of spelling), date of birth, NHS number, UPN or postcode",
            description = "Results hold only identifying essentials and whether you may open each record. Audited.")
    @APIResponse(responseCode = "200", description = "Best matches first, at most 50")
    @APIResponse(responseCode = "400", description = "No criteria, or a criterion that is not valid")
    public List<PersonMatch> search(@QueryParam("givenName") String givenName,
                                    @QueryParam("familyName") String familyName,
                                    @Parameter(description = "YYYY-MM-DD") @QueryParam("dateOfBirth") LocalDate dateOfBirth,
                                    @QueryParam("nhsNumber") String nhsNumber,
                                    @QueryParam("upn") String upn,
                                    @Parameter(description = "Full postcode or its outward part") @QueryParam("postcode") String postcode) {
        requireRecords("PERSON_SEARCH", null);
        return search.search(new SearchCriteria(givenName, familyName, dateOfBirth, nhsNumber, upn, postcode));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One person's record, if you may see it; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "404", description = "No record you may see has this id (audited)")
    public Response get(@PathParam("id") long id) {
        requireRecords("PERSON_VIEW", id);
        PersonView person = index.open(id);
        return Response.ok(person).tag(etag(person)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a person; refused with the likely duplicates unless confirmDuplicate=true")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new record")
    @APIResponse(responseCode = "400", description = "Invalid details, with one error per field")
    @APIResponse(responseCode = "409", description = "Possible duplicates, listed in candidates; nothing saved")
    public Response create(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = PersonDetails.class)))
                           PersonDetails details,
                           @Parameter(description = "Record the person although the index may already hold them")
                           @QueryParam("confirmDuplicate") @DefaultValue("false") boolean confirmDuplicate) {
        requireRecords("PERSON_CREATE", null);
        PersonView person = index.create(required(details), confirmDuplicate);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(person.getId())).build())
                .entity(person).tag(etag(person)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a person's identifying details, based on the version in If-Match or the body")
    @APIResponse(responseCode = "200", description = "Saved; the ETag is the new version")
    @APIResponse(responseCode = "400", description = "Invalid details, with one error per field")
    @APIResponse(responseCode = "404", description = "No record you may see has this id (audited)")
    @APIResponse(responseCode = "409", description = "Someone else changed the record since that version; nothing saved")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response update(@PathParam("id") long id,
                           @Parameter(description = "The ETag of the version the change is based on")
                           @HeaderParam("If-Match") String ifMatch,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = PersonDetails.class)))
                           PersonDetails details) {
        requireRecords("PERSON_UPDATE", id);
        // Need to know before anything about the request is judged, so every refusal is the audited 404.
        recordAccess.require(id, "PERSON_UPDATE");
        PersonDetails body = required(details);
        PersonView person = index.update(id, body, basedOnVersion(ifMatch, body));
        return Response.ok(person).tag(etag(person)).build();
    }

    @GET
    @Path("{id}/relationships")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The person's relationships, each worded from this person's side (e.g. Mother, Child)")
    @APIResponse(responseCode = "200", description = "Current relationships first")
    @APIResponse(responseCode = "404", description = "No record you may see has this id (audited)")
    public List<RelationshipView> relationships(@PathParam("id") long id) {
        requireRecords("RELATIONSHIP_VIEW", id);
        return relationships.of(id);
    }

    @POST
    @Path("{id}/relationships")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a relationship: by default the other person is this person's <type>; "
            + "with thisPersonIsType=true, this person is the other's <type>")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid relationship, with one error per field")
    @APIResponse(responseCode = "404", description = "No record you may see has this id (audited)")
    public Response addRelationship(@PathParam("id") long id,
                                    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = RelationshipRequest.class)))
                                    RelationshipRequest request) {
        requireRecords("RELATIONSHIP_CREATE", id);
        return Response.status(Response.Status.CREATED)
                .entity(relationships.add(id, required(request))).build();
    }

    /** Refuses (and audits) staff whose role does not grant {@code core:records}. */
    private void requireRecords(String action, Long personId) {
        if (!access.has(CorePageGuards.RECORDS)) {
            audit.denied(action, RecordAccess.RECORD_TYPE, personId == null ? null : personId.toString(),
                    "Lacks " + CorePageGuards.RECORDS);
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN,
                    "Your role does not allow working with person records."));
        }
    }

    private static long basedOnVersion(String ifMatch, PersonDetails body) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException e) {
                throw InvalidPersonDetails.of("If-Match", "If-Match must be the ETag the record was read with");
            }
        }
        if (body.getVersion() != null) {
            return body.getVersion();
        }
        throw new ProblemException(Problem.typed(Response.Status.PRECONDITION_REQUIRED, "version-required",
                "Version required", "Send the version your change is based on, as If-Match or the version field."));
    }

    private static EntityTag etag(PersonView person) {
        return new EntityTag(Long.toString(person.getVersion()));
    }

    /** A body of JSON {@code null}: the platform's reader has already refused anything unreadable. */
    private static <T> T required(T body) {
        if (body == null) {
            throw InvalidPersonDetails.of("", "Send the details as a JSON object");
        }
        return body;
    }
}
