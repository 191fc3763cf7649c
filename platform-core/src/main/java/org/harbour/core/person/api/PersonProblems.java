package org.harbour.core.person.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import org.harbour.core.api.problem.Problem;
import org.harbour.core.person.application.DuplicateCandidate;
import org.harbour.core.person.application.FieldError;

import java.io.StringReader;
import java.util.List;

/** The person API's problem details; extension members beyond {@code errors} are added to the JSON. */
final class PersonProblems {

    private PersonProblems() {
    }

    static Response invalid(List<FieldError> errors) {
        Problem problem = Problem.typed(Response.Status.BAD_REQUEST, "validation", "Invalid input",
                "Some fields are missing or not valid; nothing was saved.");
        errors.forEach(e -> problem.withError(e.field(), e.message()));
        return problem.toResponse();
    }

    static Response duplicates(List<DuplicateCandidate> candidates) {
        Problem problem = Problem.typed(Response.Status.CONFLICT, "possible-duplicate", "Possible duplicate",
                "The index may already hold this person; nothing was saved. Check the candidates, then send the "
                        + "request again with confirmDuplicate=true to record a new person anyway.");
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (DuplicateCandidate c : candidates) {
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("id", c.getPerson().getId())
                    .add("givenName", c.getPerson().getGivenName())
                    .add("familyName", c.getPerson().getFamilyName())
                    .add("likelihood", c.getLikelihood().name())
                    .add("reason", c.getReason())
                    .add("mayOpen", c.getPerson().isMayOpen());
            if (c.getPerson().getDateOfBirth() != null) {
                item.add("dateOfBirth", c.getPerson().getDateOfBirth().toString());
            }
            list.add(item);
        }
        return respond(problem, extend(problem).add("candidates", list));
    }

    private static JsonObjectBuilder extend(Problem problem) {
        JsonObject base = Json.createReader(new StringReader(problem.toJson())).readObject();
        return Json.createObjectBuilder(base);
    }

    private static Response respond(Problem problem, JsonObjectBuilder json) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json.build().toString()).build();
    }
}
