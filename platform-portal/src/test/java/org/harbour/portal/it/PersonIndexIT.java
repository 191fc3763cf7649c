package org.harbour.portal.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.harbour.core.audit.application.AuditTrail;
import org.harbour.core.audit.domain.AuditEntry;
import org.harbour.core.caseload.application.CaseloadService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The person index through its REST API on the real portal with Derby: spelling-tolerant search,
 * duplicates before creating, validation as problem details, edit conflicts, need to know, audit.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(InContainerAsSystem.class)
class PersonIndexIT {

    private static final String PASSWORD = "Harbour-demo-2026";

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(PersonIndexIT.class, PortalSession.class);
    }

    @ArquillianResource
    URL portal;

    @Inject
    AuditTrail trail;

    @Inject
    CaseloadService caseloads;

    private static final String[] SYLLABLES = {"Bo", "Ka", "Ti", "Mu", "Ze", "Ra", "Lo", "Pe", "Gu", "Do", "Fi", "Ve",
            "Ni", "Ha", "Sy", "Wo"};
    private static final Random RANDOM = new Random();

    /** A family name that sounds like no other, so each test sees only the persons it records. */
    private static String uniqueFamilyName() {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            String syllable = SYLLABLES[RANDOM.nextInt(SYLLABLES.length)];
            name.append(i == 0 ? syllable : syllable.toLowerCase());
        }
        return name.toString();
    }

    private PersonSession as(String username) throws Exception {
        return new PersonSession(PortalSession.signIn(portal.toURI(), username, PASSWORD));
    }

    @Test
    void searchToleratesSpellingAndShowsOnlyIdentifyingEssentials() throws Exception {
        PersonSession priya = as("priya.shah");
        String family = uniqueFamilyName();
        long id = priya.created(child("Mohammed", family, "2016-05-14", "HB3 2AB"));

        HttpResponse<String> found = priya.session.get("api/persons?givenName=Muhamad&familyName=" + family);
        assertEquals(200, found.statusCode(), found.body());
        JsonArray results = array(found.body());
        assertEquals(1, results.size(), found.body());
        JsonObject match = results.getJsonObject(0);
        assertEquals(id, match.getJsonNumber("id").longValue());
        assertEquals("Mohammed", match.getString("givenName"));
        assertEquals("2016-05-14", match.getString("dateOfBirth"));
        assertEquals("HB3 2AB", match.getString("postcode"));
        assertTrue(match.getBoolean("mayOpen"), "the recording practitioner's team reaches the new record");
        assertFalse(match.containsKey("nhsNumber") || match.containsKey("addressLine1"), found.body());

        HttpResponse<String> byPostcode = priya.session.get("api/persons?postcode=hb32ab&familyName=" + family);
        assertEquals(1, array(byPostcode.body()).size(), "postcode searched in any case and spacing");
        HttpResponse<String> otherName = priya.session.get("api/persons?givenName=Michael&familyName=" + family);
        assertEquals(0, array(otherName.body()).size(), otherName.body());
    }

    @Test
    void searchIsAuditedWithTheKindsOfCriteriaButNoNames() throws Exception {
        PersonSession priya = as("priya.shah");
        String family = uniqueFamilyName();
        HttpResponse<String> found = priya.session.get("api/persons?givenName=Muhamad&familyName=" + family
                + "&dateOfBirth=2016-05-14");
        assertEquals(200, found.statusCode(), found.body());
        AuditEntry entry = trail.latest(50).stream()
                .filter(e -> e.getAction().equals("PERSON_SEARCH") && e.getActor().equals("priya.shah"))
                .findFirst().orElseThrow();
        assertEquals("SUCCESS", entry.getOutcome());
        assertTrue(entry.getDetail().contains("givenName, familyName, dateOfBirth"), entry.getDetail());
        assertFalse(entry.getDetail().contains("Muhamad") || entry.getDetail().contains(family)
                || entry.getDetail().contains("2016"), entry.getDetail());
    }

    @Test
    void likelyDuplicatesAreShownBeforeCreatingAndConfirmingIsAudited() throws Exception {
        PersonSession priya = as("priya.shah");
        String family = uniqueFamilyName();
        long first = priya.created(child("Mohammed", family, "2015-03-07", null));

        HttpResponse<String> refused = priya.session.sendJson("POST", "api/persons",
                child("Muhammad", family, "2015-03-07", null));
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = object(refused.body());
        JsonObject candidate = problem.getJsonArray("candidates").getJsonObject(0);
        assertEquals(first, candidate.getJsonNumber("id").longValue());
        assertEquals("LIKELY", candidate.getString("likelihood"));
        assertTrue(candidate.getString("reason").contains("same date of birth"), candidate.toString());
        assertEquals(0, array(priya.session.get("api/persons?givenName=Muhammad&familyName=" + family
                + "&dateOfBirth=2015-03-07").body()).stream()
                .filter(v -> v.asJsonObject().getString("givenName").equals("Muhammad")).count(), "nothing saved");

        HttpResponse<String> swapped = priya.session.sendJson("POST", "api/persons",
                child("Mohamed", family, "2015-07-03", null));
        assertEquals(409, swapped.statusCode(), "day and month swapped is a possible duplicate");
        assertEquals("POSSIBLE", object(swapped.body()).getJsonArray("candidates").getJsonObject(0).getString("likelihood"));

        HttpResponse<String> confirmed = priya.session.sendJson("POST", "api/persons?confirmDuplicate=true",
                child("Muhammad", family, "2015-03-07", null));
        assertEquals(201, confirmed.statusCode(), confirmed.body());
        long second = object(confirmed.body()).getJsonNumber("id").longValue();
        List<AuditEntry> entries = trail.forRecord("person", Long.toString(second), 10);
        AuditEntry confirmation = entries.stream().filter(e -> e.getAction().equals("PERSON_DUPLICATE_CONFIRMED"))
                .findFirst().orElseThrow(() -> new AssertionError("confirmation not audited: " + actions(entries)));
        assertEquals("priya.shah", confirmation.getActor());
        assertTrue(confirmation.getDetail().contains("person " + first + " (likely)"), confirmation.getDetail());
        assertTrue(entries.stream().anyMatch(e -> e.getAction().equals("PERSON_CREATE")), actions(entries));
    }

    @Test
    void invalidIdentifiersAreRejectedFieldByFieldAsProblemDetails() throws Exception {
        PersonSession priya = as("priya.shah");
        String body = "{\"givenName\":\"Ava\",\"familyName\":\"" + uniqueFamilyName() + "\",\"dateOfBirth\":\"2018-02-01\","
                + "\"sex\":\"X\",\"kind\":\"CHILD\",\"nhsNumber\":\"943 476 5918\",\"upn\":\"A820200101001\","
                + "\"postcode\":\"QW1 1AA\",\"ethnicity\":\"ZZZZ\"}";
        HttpResponse<String> refused = priya.session.sendJson("POST", "api/persons", body);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = object(refused.body());
        assertEquals(400, problem.getInt("status"));
        Set<String> fields = problem.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("nhsNumber", "upn", "postcode", "sex", "ethnicity"), fields, refused.body());
        assertTrue(refused.body().contains("check letter"), refused.body());

        HttpResponse<String> adultChild = priya.session.sendJson("POST", "api/persons",
                body.replace("\"kind\":\"CHILD\"", "\"kind\":\"ADULT\"").replace("\"sex\":\"X\"", "\"sex\":\"F\"")
                        .replace("943 476 5918", "9434765919").replace("A820200101001", "U820200101001")
                        .replace("QW1 1AA", "SW1A 1AA").replace("ZZZZ", "WBRI"));
        assertEquals(400, adultChild.statusCode(), adultChild.body());
        assertTrue(adultChild.body().contains("\"field\":\"kind\""), adultChild.body());

        HttpResponse<String> badDate = priya.session.get("api/persons?dateOfBirth=14/05/2016");
        assertEquals(400, badDate.statusCode(), badDate.body());
        assertTrue(badDate.body().contains("\"field\":\"dateOfBirth\""), badDate.body());
        HttpResponse<String> unreadable = priya.session.sendJson("POST", "api/persons",
                child("Ava", uniqueFamilyName(), "14/05/2016", null));
        assertEquals(400, unreadable.statusCode(), unreadable.body());
        assertEquals("application/problem+json", unreadable.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> noCriteria = priya.session.get("api/persons");
        assertEquals(400, noCriteria.statusCode(), noCriteria.body());
    }

    /**
     * The census's identifiers on the person's record (core V22): an expected date of birth beside a date of
     * birth, a date of death for an unborn child and a former UPN equal to the UPN are each refused on their
     * field with nothing saved; the unborn child's expected date alone saves, and is cleared with the birth.
     */
    @Test
    void censusDatesThatContradictEachOtherAreRefusedFieldByFieldWithNothingSaved() throws Exception {
        PersonSession priya = as("priya.shah");
        String family = uniqueFamilyName();
        String unborn = "{\"givenName\":\"Baby\",\"familyName\":\"" + family + "\",\"expectedBirthDate\":\"2027-02-01\","
                + "\"sex\":\"U\",\"kind\":\"CHILD\"}";
        long id = priya.created(unborn);
        HttpResponse<String> read = priya.session.get("api/persons/" + id);
        assertEquals("2027-02-01", object(read.body()).getString("expectedBirthDate"), read.body());
        String etag = read.headers().firstValue("ETag").orElseThrow();

        assertRefusedOn("expectedBirthDate", priya.session.sendJson("PUT", "api/persons/" + id,
                unborn.replace("}", ",\"dateOfBirth\":\"2026-11-20\"}"), "If-Match", etag));
        assertRefusedOn("dateOfDeath", priya.session.sendJson("PUT", "api/persons/" + id,
                unborn.replace("}", ",\"dateOfDeath\":\"2026-11-20\"}"), "If-Match", etag));
        assertRefusedOn("formerUpn", priya.session.sendJson("PUT", "api/persons/" + id,
                child("Baby", family, "2026-11-20", null).replace("}",
                        ",\"upn\":\"H243278544154\",\"formerUpn\":\"H243278544154\"}"), "If-Match", etag));
        JsonObject unchanged = object(priya.session.get("api/persons/" + id).body());
        assertEquals("2027-02-01", unchanged.getString("expectedBirthDate"), "nothing was saved: " + unchanged);
        assertTrue(!unchanged.containsKey("dateOfBirth") || unchanged.isNull("dateOfBirth"), unchanged.toString());
        assertTrue(!unchanged.containsKey("dateOfDeath") || unchanged.isNull("dateOfDeath"), unchanged.toString());
        assertEquals(etag, priya.session.get("api/persons/" + id).headers().firstValue("ETag").orElseThrow(),
                "the version did not move");

        // Born: the date of birth saves with the expected date cleared.
        HttpResponse<String> born = priya.session.sendJson("PUT", "api/persons/" + id,
                child("Baby", family, "2026-11-20", null), "If-Match", etag);
        assertEquals(200, born.statusCode(), born.body());
        JsonObject saved = object(born.body());
        assertEquals("2026-11-20", saved.getString("dateOfBirth"));
        assertTrue(!saved.containsKey("expectedBirthDate") || saved.isNull("expectedBirthDate"), born.body());
    }

    private static void assertRefusedOn(String field, HttpResponse<String> refused) {
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        Set<String> fields = object(refused.body()).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of(field), fields, refused.body());
    }

    @Test
    void secondUpdateBasedOnTheSameVersionIsRefusedWithAConflict() throws Exception {
        PersonSession priya = as("priya.shah");
        PersonSession tom = as("tom.okafor");
        String family = uniqueFamilyName();
        long id = priya.created(child("Isla", family, "2014-10-02", "HB1 4QT"));
        HttpResponse<String> read = priya.session.get("api/persons/" + id);
        assertEquals(200, read.statusCode(), read.body());
        String etag = read.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> first = priya.session.sendJson("PUT", "api/persons/" + id,
                child("Isla", family, "2014-10-02", "HB1 7HX"), "If-Match", etag);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("HB1 7HX", object(first.body()).getString("postcode"));

        HttpResponse<String> second = tom.session.sendJson("PUT", "api/persons/" + id,
                child("Isla", family, "2014-10-02", "HB9 9DP"), "If-Match", etag);
        assertEquals(409, second.statusCode(), second.body());
        JsonObject problem = object(second.body());
        assertTrue(problem.getString("type").endsWith("/edit-conflict"), second.body());
        assertTrue(problem.getString("detail").contains("priya.shah"), "says who changed it: " + second.body());
        assertEquals("HB1 7HX", object(priya.session.get("api/persons/" + id).body()).getString("postcode"),
                "the second save changed nothing");

        HttpResponse<String> noVersion = priya.session.sendJson("PUT", "api/persons/" + id,
                child("Isla", family, "2014-10-02", "HB9 9DP"));
        assertEquals(428, noVersion.statusCode(), noVersion.body());
    }

    @Test
    void staffOutsideThePersonsAreasGetNotFoundAndTheAttemptIsAudited() throws Exception {
        PersonSession priya = as("priya.shah");
        long id = priya.created(child("Esme", uniqueFamilyName(), "2017-08-30", null));

        PersonSession dan = as("dan.hughes");
        HttpResponse<String> refused = dan.session.get("api/persons/" + id);
        assertEquals(404, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> unknown = dan.session.get("api/persons/999999999");
        assertEquals(404, unknown.statusCode());
        assertEquals(object(refused.body()).getString("detail"), object(unknown.body()).getString("detail"),
                "refused and unknown look the same");
        HttpResponse<String> update = dan.session.sendJson("PUT", "api/persons/" + id,
                child("Esme", "Changed", "2017-08-30", null), "If-Match", "\"1\"");
        assertEquals(404, update.statusCode(), update.body());

        List<AuditEntry> entries = trail.forRecord("person", Long.toString(id), 20);
        assertTrue(entries.stream().anyMatch(e -> e.getActor().equals("dan.hughes") && e.getAction().equals("PERSON_VIEW")
                && e.getOutcome().equals("DENIED")), actions(entries));
        assertTrue(entries.stream().anyMatch(e -> e.getActor().equals("dan.hughes")
                && e.getAction().equals("PERSON_UPDATE") && e.getOutcome().equals("DENIED")), actions(entries));

        assertEquals(200, priya.session.get("api/persons/" + id).statusCode(), "the recording team reaches it");
        assertTrue(trail.forRecord("person", Long.toString(id), 20).stream().anyMatch(e ->
                e.getActor().equals("priya.shah") && e.getAction().equals("PERSON_VIEW") && e.getOutcome().equals("SUCCESS")));

        HttpResponse<String> searched = dan.session.get("api/persons?givenName=Esme&dateOfBirth=2017-08-30");
        JsonObject match = array(searched.body()).stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertFalse(match.getBoolean("mayOpen"), "the whole index is searchable; the record is need to know");

        PersonSession olivia = as("olivia.brown");
        HttpResponse<String> noPermission = olivia.session.get("api/persons?familyName=Smith");
        assertEquals(403, noPermission.statusCode(), noPermission.body());
    }

    @Test
    void relationshipsReadFromEitherSideAndOpenTheFamilyToTheChildsTeam() throws Exception {
        PersonSession priya = as("priya.shah");
        String family = uniqueFamilyName();
        long child = priya.created(child("Freya", family, "2019-01-12", "HB5 1LS"));
        long mother = priya.created(adult("Sarah", family, "1990-06-01", "HB5 1LS"));

        HttpResponse<String> added = priya.session.sendJson("POST", "api/persons/" + child + "/relationships",
                "{\"otherPersonId\":" + mother + ",\"type\":\"MOTHER\",\"startedOn\":\"2019-01-12\"}");
        assertEquals(201, added.statusCode(), added.body());
        assertEquals("Mother", object(added.body()).getString("role"));

        JsonObject seenByMother = array(priya.session.get("api/persons/" + mother + "/relationships").body())
                .getJsonObject(0);
        assertEquals("Child", seenByMother.getString("role"));
        assertEquals(child, seenByMother.getJsonNumber("otherPersonId").longValue());

        HttpResponse<String> self = priya.session.sendJson("POST", "api/persons/" + child + "/relationships",
                "{\"otherPersonId\":" + child + ",\"type\":\"SIBLING\"}");
        assertEquals(400, self.statusCode(), self.body());
        assertTrue(self.body().contains("\"field\":\"otherPersonId\""), self.body());

        PersonSession dan = as("dan.hughes");
        assertEquals(404, dan.session.get("api/persons/" + mother + "/relationships").statusCode());

        HttpResponse<String> openapi = priya.session.get("/openapi");
        assertTrue(openapi.body().contains("/api/persons/{id}/relationships"), "documented in OpenAPI");
    }

    @Test
    void pagesSearchShowDuplicatesFirstAndKeepTheInputOfAConflictingSave() throws Exception {
        PersonSession priya = as("priya.shah");
        String family = uniqueFamilyName();
        long id = priya.created(child("Poppy", family, "2013-04-21", "HB7 2AB"));

        HttpResponse<String> searchPage = priya.session.get("people/search.xhtml");
        assertEquals(200, searchPage.statusCode());
        Map<String, String> search = new LinkedHashMap<>();
        search.put("search-form", "search-form");
        search.put("search-form:givenName", "Popy");
        search.put("search-form:familyName", family);
        search.put("search-form:search", "Search");
        search.put("jakarta.faces.ViewState", PortalSession.viewState(searchPage.body()));
        HttpResponse<String> results = priya.session.post("people/search.xhtml", search);
        assertEquals(200, results.statusCode());
        assertTrue(results.body().contains("Poppy " + family), results.body());
        assertTrue(results.body().contains("case/child.xhtml?id=" + id), "the result opens the record");
        assertTrue(results.body().contains("person.xhtml?id=" + id), "and the details may be changed");
        search.put("search-form:givenName", "Zebedee");
        search.put("jakarta.faces.ViewState", PortalSession.viewState(results.body()));
        assertTrue(priya.session.post("people/search.xhtml", search).body().contains("No one in the index matches"));

        HttpResponse<String> newPage = priya.session.get("people/new.xhtml");
        assertEquals(200, newPage.statusCode());
        Map<String, String> form = personForm("Popi", family, "2013-04-21", "HB7 2AB", "");
        form.put("person-form:check", "Check for duplicates and record");
        form.put("jakarta.faces.ViewState", PortalSession.viewState(newPage.body()));
        HttpResponse<String> checked = priya.session.post("people/new.xhtml", form);
        assertEquals(200, checked.statusCode());
        assertTrue(checked.body().contains("This person may already be known"), checked.body());
        assertTrue(checked.body().contains("Name sounds alike; same date of birth"), checked.body());
        form.remove("person-form:check");
        form.put("person-form:create-anyway", "None of these: record a new person");
        form.put("jakarta.faces.ViewState", PortalSession.viewState(checked.body()));
        HttpResponse<String> created = priya.session.post("people/new.xhtml", form);
        assertEquals(302, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").contains("people/person.xhtml?id="));

        HttpResponse<String> page = priya.session.get("people/person.xhtml?id=" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Poppy " + family));
        String etag = priya.session.get("api/persons/" + id).headers().firstValue("ETag").orElseThrow();
        PersonSession tom = as("tom.okafor");
        assertEquals(200, tom.session.sendJson("PUT", "api/persons/" + id,
                child("Poppy", family, "2013-04-21", "HB7 6JR"), "If-Match", etag).statusCode());

        Map<String, String> edit = personForm("Poppy", family, "2013-04-21", "HB7 4QT", "12 Mill Lane");
        edit.put("person-form:save", "Save changes");
        edit.put("jakarta.faces.ViewState", PortalSession.viewState(page.body()));
        HttpResponse<String> refused = priya.session.post("people/person.xhtml", edit);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Tom Okafor changed this record"), refused.body());
        assertTrue(refused.body().contains("value=\"12 Mill Lane\""), "the user's input is kept");
        assertEquals("HB7 6JR", object(priya.session.get("api/persons/" + id).body()).getString("postcode"));

        assertEquals(404, as("dan.hughes").session.get("people/person.xhtml?id=" + id).statusCode());
    }

    @Test
    void theChildsRecordShowsTheDemoFamilyInItsOwnTab() throws Exception {
        long child = caseloads.caseloadOf("priya.shah", java.time.LocalDate.now()).get(0).getPersonId();
        PersonSession priya = as("priya.shah");
        JsonArray family = array(priya.session.get("api/persons/" + child + "/relationships").body());
        JsonObject mother = family.stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("role").equals("Mother")).findFirst()
                .orElseThrow(() -> new AssertionError("demo child without a mother: " + family));
        assertTrue(mother.getBoolean("mayOpenOther"), "the child's worker reaches the family");
        assertEquals(200, priya.session.get("api/persons/" + mother.getJsonNumber("otherPersonId")).statusCode());
        JsonObject seenByMother = array(priya.session.get("api/persons/" + mother.getJsonNumber("otherPersonId")
                + "/relationships").body()).stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("otherPersonId").longValue() == child).findFirst().orElseThrow();
        assertEquals("Child", seenByMother.getString("role"));

        HttpResponse<String> record = priya.session.get("case/child.xhtml?id=" + child);
        assertEquals(200, record.statusCode());
        assertTrue(record.body().contains("Family and relationships"), "the core tab is on the child's record");
        assertTrue(record.body().contains("data-type=\"MOTHER\""), "the tab lists the mother");

        HttpResponse<String> duplicates = priya.session.get("api/persons?givenName=Muhamad&familyName=Husain");
        assertTrue(array(duplicates.body()).size() >= 3, "demo near-duplicates found by sound: " + duplicates.body());
        assertEquals(404, as("dan.hughes").session.get("api/persons/" + mother.getJsonNumber("otherPersonId"))
                .statusCode(), "the family stays behind the child's need to know");
    }

    /**
     * A list decides who may open each person for all of them together (search results, a record's relationships);
     * opening a record decides for that one alone. Both must give the same answer, for staff of every kind of
     * reach: allocation (practitioners), the person index (the family), a module's team (continuing care, Pause),
     * all records (the administrator), none (the analyst).
     */
    @Test
    void listsOfferExactlyTheRecordsEachMemberOfStaffMayOpen() throws Exception {
        int reachable = 0;
        int refused = 0;
        for (String username : List.of("priya.shah", "dan.hughes", "helen.ward", "maria.costa", "admin", "olivia.brown")) {
            PersonSession staff = as(username);
            for (String family : List.of("Smith", "Jones", "Taylor", "Brown", "Khan", "Patel", "Evans", "Husain")) {
                HttpResponse<String> found = staff.session.get("api/persons?familyName=" + family);
                if (found.statusCode() == 403) {
                    continue;
                }
                assertEquals(200, found.statusCode(), username + " searching " + family + ": " + found.body());
                // The first dozen of each search: enough of each kind of reach, at a bounded number of requests.
                for (JsonObject match : array(found.body()).getValuesAs(JsonObject.class).stream().limit(12).toList()) {
                    long id = match.getJsonNumber("id").longValue();
                    int opened = staff.session.get("api/persons/" + id).statusCode();
                    assertEquals(match.getBoolean("mayOpen") ? 200 : 404, opened,
                            username + ": search result " + id + " says mayOpen=" + match.getBoolean("mayOpen"));
                    if (opened == 404) {
                        refused++;
                        continue;
                    }
                    reachable++;
                    for (JsonObject relation : array(staff.session.get("api/persons/" + id + "/relationships").body())
                            .getValuesAs(JsonObject.class)) {
                        long other = relation.getJsonNumber("otherPersonId").longValue();
                        assertEquals(relation.getBoolean("mayOpenOther") ? 200 : 404,
                                staff.session.get("api/persons/" + other).statusCode(),
                                username + ": relation " + other + " of " + id + " says mayOpenOther="
                                        + relation.getBoolean("mayOpenOther"));
                    }
                }
            }
        }
        assertTrue(reachable > 0 && refused > 0, "the demo data gives both answers: " + reachable + " opened, "
                + refused + " refused");
    }

    private static Map<String, String> personForm(String given, String family, String born, String postcode,
                                                  String addressLine1) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("person-form", "person-form");
        form.put("person-form:givenName", given);
        form.put("person-form:familyName", family);
        form.put("person-form:dateOfBirth", born);
        form.put("person-form:kind", "CHILD");
        form.put("person-form:sex", "F");
        form.put("person-form:ethnicity", "");
        form.put("person-form:dateOfDeath", "");
        form.put("person-form:nhsNumber", "");
        form.put("person-form:upn", "");
        form.put("person-form:addressLine1", addressLine1);
        form.put("person-form:addressLine2", "");
        form.put("person-form:town", "");
        form.put("person-form:postcode", postcode);
        form.put("person-form:alertsText", "");
        return form;
    }

    private static String child(String given, String family, String born, String postcode) {
        return person(given, family, born, postcode, "CHILD", "M");
    }

    private static String adult(String given, String family, String born, String postcode) {
        return person(given, family, born, postcode, "ADULT", "F");
    }

    private static String person(String given, String family, String born, String postcode, String kind, String sex) {
        return "{\"givenName\":\"" + given + "\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"" + born
                + "\",\"sex\":\"" + sex + "\",\"kind\":\"" + kind + "\""
                + (postcode == null ? "" : ",\"postcode\":\"" + postcode + "\"") + "}";
    }

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static JsonArray array(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }

    private static String actions(List<AuditEntry> entries) {
        return entries.stream().map(e -> e.getActor() + ":" + e.getAction() + ":" + e.getOutcome())
                .collect(Collectors.joining(", "));
    }

    /** A signed-in member of staff using the person API. */
    private static final class PersonSession {
        final PortalSession session;

        PersonSession(PortalSession session) {
            this.session = session;
        }

        long created(String json) throws Exception {
            HttpResponse<String> response = session.sendJson("POST", "api/persons", json);
            assertEquals(201, response.statusCode(), response.body());
            return object(response.body()).getJsonNumber("id").longValue();
        }
    }
}
