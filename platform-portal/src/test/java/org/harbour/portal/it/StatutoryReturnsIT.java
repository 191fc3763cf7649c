package org.harbour.portal.it;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.harbour.core.persistence.PortalDatabase;
import org.harbour.performance.scorecard.application.Scorecards;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.harbour.portal.it.ApiJson.array;
import static org.harbour.portal.it.ApiJson.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SSDA903 and the CIN census produced from the demo records for the latest complete
 * collection year by the performance analyst, through the shared returns API; the returns agree
 * with the scorecard on 31 March (one truth); a member of staff without the returns permission is
 * refused.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(InContainerAsSystem.class)
class StatutoryReturnsIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(StatutoryReturnsIT.class, PortalSession.class, ApiJson.class,
                AuditTables.class);
    }

    /** The SSDA903's tables, in the order the return writes them. */
    private static final List<String> TABLES = List.of("903_Header.csv", "903_Episodes.csv", "903_Reviews.csv",
            "903_UASC.csv", "903_OC2.csv", "903_OC3.csv", "903_AD1.csv", "903_PlacedAdoption.csv",
            "903_PrevPerm.csv", "903_Missing.csv", "903_SWEpisodes.csv");
    private static final Pattern CHILD_LINK = Pattern.compile("child\\.xhtml\\?id=(\\d+)");
    /** Persons with a placement episode on any day of the year: the SSDA903's children looked after. */
    private static final String LOOKED_AFTER = "select e.person_id from core_placement_episode e"
            + " where e.start_date <= '%2$s' and (e.end_date is null or e.end_date >= '%1$s')";

    @Inject
    Scorecards scorecards;

    @Inject
    PortalDatabase database;

    @ArquillianResource
    URL portal;

    /** The last collection year that has ended: 2025-26 in December 2026. */
    private static String latestCompleteYear() {
        LocalDate today = LocalDate.now();
        int first = (today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1) - 1;
        return first + "-" + String.format("%02d", (first + 1) % 100);
    }

    private static LocalDate yearEnd(String year) {
        return LocalDate.of(Integer.parseInt(year.substring(0, 4)) + 1, 3, 31);
    }

    @Test
    void theSsda903IsProducedAndItsChildrenInCareOn31MarchAreTheScorecards() throws Exception {
        String year = latestCompleteYear();
        PortalSession olivia = signIn("olivia.brown");
        // Last year's return first: this year's is compared with the latest kept (rules 202-208, 502, 503A-F, 562).
        run(olivia, "performance-ssda903", yearBefore(year));
        JsonObject run = run(olivia, "performance-ssda903", year);
        assertEquals(TABLES, run.getJsonArray("files").stream().map(f -> f.asJsonObject().getString("name")).toList());

        List<String> episodes = lines(olivia, run, 1);
        assertEquals("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
                episodes.get(0));
        assertTrue(episodes.size() > 10, "the demo authority has children in care: " + episodes.size());
        LocalDate end = yearEnd(year);
        Set<String> inCareAtEnd = new HashSet<>();
        for (String line : episodes.subList(1, episodes.size())) {
            String[] f = line.split(",", -1);
            boolean shortBreak = f[3].equals("V3") || f[3].equals("V4");
            boolean openAtEnd = f[7].isEmpty() || LocalDate.parse(f[7], DMY).isAfter(end);
            if (openAtEnd && !shortBreak) {
                inCareAtEnd.add(f[0]);
            }
        }
        long scorecard = scorecards.series("cla", YearMonth.from(end)).getFigures().get(12).numerator();
        assertEquals(scorecard, inCareAtEnd.size(), "children in care on 31 March: scorecard and SSDA903 agree");

        Set<String> headerChildren = lines(olivia, run, 0).stream().skip(1).map(l -> l.split(",")[0])
                .collect(Collectors.toSet());
        assertTrue(headerChildren.containsAll(episodes.stream().skip(1).map(l -> l.split(",")[0]).toList()),
                "every child of the Episodes table has a Header row");
        assertNoErrors(olivia, run);
    }

    /**
     * Each table made from the practitioners' looked-after records has as many rows as a plain count
     * of those records in the year, and the demo's deliberately incomplete records are queries, not errors.
     */
    @Test
    void theLookedAfterTablesCountTheRecordsOfTheYearAndTheIncompleteOnesAreQueries() throws Exception {
        String year = latestCompleteYear();
        LocalDate end = yearEnd(year);
        LocalDate start = end.minusYears(1).plusDays(1);
        PortalSession olivia = signIn("olivia.brown");
        int first = Integer.parseInt(year.substring(0, 4)) - 1;
        String previousYear = first + "-" + String.format("%02d", (first + 1) % 100);
        JsonObject before = run(olivia, "performance-ssda903", previousYear);
        JsonObject run = run(olivia, "performance-ssda903", year);
        // The run is shown beside the previous year's: children looked after and episodes, as the Episodes tables count them.
        Map<String, JsonObject> comparison = run.getJsonArray("comparison").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
        List<String> episodesBefore = lines(olivia, before, 1);
        List<String> episodesNow = lines(olivia, run, 1);
        JsonObject children = comparison.get("Children looked after");
        assertEquals(previousYear, children.getString("previousPeriod"), run.toString());
        assertEquals(episodesBefore.stream().skip(1).map(l -> l.split(",")[0]).distinct().count(),
                children.getJsonNumber("previous").longValue());
        assertEquals(episodesNow.stream().skip(1).map(l -> l.split(",")[0]).distinct().count(),
                children.getJsonNumber("value").longValue());
        assertEquals(episodesBefore.size() - 1L, comparison.get("Episodes").getJsonNumber("previous").longValue());
        assertEquals(episodesNow.size() - 1L, comparison.get("Episodes").getJsonNumber("value").longValue());
        AuditTables sql = new AuditTables(database.dataSource());
        String inYear = String.format(LOOKED_AFTER, start, end);
        Map<String, String> counts = Map.of(
                "903_Missing.csv", "select count(*) from core_missing_episode m where m.start_date <= '%2$s'"
                        + " and (m.end_date is null or m.end_date >= '%1$s') and m.person_id in (" + inYear + ")",
                "903_OC2.csv", "select count(distinct i.person_id) from core_involvement i where i.kind = 'LOOKED_AFTER'"
                        + " and i.start_date <= '%3$s' and (i.end_date is null or i.end_date > '%2$s')"
                        + " and i.person_id in (" + inYear + ") and i.person_id not in (select b.person_id from"
                        + " core_placement_episode b where b.start_date <= '%2$s' and (b.end_date is null"
                        + " or b.end_date > '%2$s') and b.legal_status in ('V3', 'V4'))",
                "903_PrevPerm.csv", "select count(distinct person_id) from core_placement_episode"
                        + " where reason_new_episode = 'S' and start_date >= '%1$s' and start_date <= '%2$s'",
                "903_AD1.csv", "select count(distinct person_id) from core_placement_episode"
                        + " where reason_ceased in ('E11', 'E12') and end_date >= '%1$s' and end_date <= '%2$s'",
                "903_UASC.csv", "select count(*) from core_looked_after_status s where s.uasc_from <= '%2$s'"
                        + " and (s.uasc_ceased is null or s.uasc_ceased >= '%1$s') and s.person_id in (" + inYear + ")",
                "903_SWEpisodes.csv", "select count(*) from core_allocation a join core_case_file c on c.id = a.case_file_id"
                        + " where a.started_on <= '%2$s' and (a.ended_on is null or a.ended_on >= '%1$s')"
                        + " and c.person_id in (" + inYear + ")",
                "903_PlacedAdoption.csv", "select count(*) from core_looked_after_status s"
                        + " where s.adoption_decided_on <= '%2$s' and (s.adoption_stopped_on is null"
                        + " or s.adoption_stopped_on >= '%1$s') and s.person_id in (" + inYear + ")");
        for (Map.Entry<String, String> table : counts.entrySet()) {
            long records = sql.count(String.format(table.getValue(), start, end, end.minusYears(1)));
            long rows = lines(olivia, run, TABLES.indexOf(table.getKey())).size() - 1L;
            assertEquals(records, rows, table.getKey() + ": rows against the records of the year");
        }
        assertTrue(lines(olivia, run, TABLES.indexOf("903_Missing.csv")).size() > 3, "the demo has missing episodes");
        assertTrue(lines(olivia, run, TABLES.indexOf("903_OC2.csv")).size() > 3, "the demo has OC2 children");
        List<String> reviews = lines(olivia, run, 2);
        long coded = reviews.stream().skip(1).filter(l -> l.matches(".*,PN[0-7]$")).count();
        assertTrue(coded > 10, "the demo's looked-after reviews have REVIEW_CODE: " + coded);

        JsonArray messages = array(olivia.get("api/returns/runs/" + run.getJsonNumber("id") + "/messages"));
        long unrecorded = messages.stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("ruleCode").equals("HB-903-REVIEW_CODE")).count();
        assertEquals(reviews.size() - 1L - coded, unrecorded, "each review without REVIEW_CODE is a query");
        Set<String> queries = messages.stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("severity").equals("WARNING")).map(m -> m.getString("ruleCode"))
                .collect(Collectors.toSet());
        assertTrue(queries.containsAll(Set.of("HB-903-OC2", "HB-903-PREV_PERM", "HB-903-REVIEW_CODE",
                "HB-903-MIS_END")), "the demo's incomplete records are queries: " + queries);
        assertNoErrors(olivia, run);
    }

    /** A missing episode that ends before it starts is refused with the field named, and nothing is saved. */
    @Test
    void aMissingEpisodeEndingBeforeItStartsIsRefusedAndNothingIsSaved() throws Exception {
        PortalSession priya = signIn("priya.shah");
        Matcher link = CHILD_LINK.matcher(priya.get("work/my-work.xhtml").body());
        assertTrue(link.find(), "priya.shah has children");
        long child = Long.parseLong(link.group(1));
        AuditTables sql = new AuditTables(database.dataSource());
        String count = "select count(*) from core_missing_episode where person_id = " + child;
        long before = sql.count(count);

        HttpResponse<String> refused = priya.postJson("api/cases/" + child + "/missing-episodes",
                "{\"kind\":\"M\",\"start\":\"2026-05-10\",\"end\":\"2026-05-09\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("end"), refused.body());
        assertEquals(before, sql.count(count), "nothing saved");

        HttpResponse<String> recorded = priya.postJson("api/cases/" + child + "/missing-episodes",
                "{\"kind\":\"A\",\"start\":\"2026-05-09\",\"end\":\"2026-05-10\",\"interviewOffered\":true}");
        assertEquals(201, recorded.statusCode(), recorded.body());
        assertEquals(before + 1, sql.count(count));
        HttpResponse<String> list = priya.get("api/cases/" + child + "/missing-episodes");
        assertTrue(list.body().contains("\"start\":\"2026-05-09\""), list.body());
        // The practitioner finds it on the child's looked-after page, reached from the record's tab.
        HttpResponse<String> record = priya.get("case/child.xhtml?id=" + child);
        assertTrue(record.body().contains("case/looked-after.xhtml?person=" + child),
                "the record's Looked after tab leads to the looked-after page");
        HttpResponse<String> page = priya.get("case/looked-after.xhtml?person=" + child);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("09/05/2026") && page.body().contains("Away without authorisation"),
                "the episode is listed on the page");
        assertTrue(page.body().contains("id=\"health-form\"") && page.body().contains("id=\"status-form\"")
                && page.body().contains("id=\"census-form\"") && page.body().contains("id=\"workers\""),
                "the page holds every form: health, status, the census's disabilities, the worker changes");

        PortalSession olivia = signIn("olivia.brown");
        int analyst = olivia.postJson("api/cases/" + child + "/missing-episodes",
                "{\"kind\":\"A\",\"start\":\"2026-05-09\"}").statusCode();
        assertTrue(analyst == 403 || analyst == 404, "an analyst does not record on the child: " + analyst);
        assertEquals(403, olivia.get("case/looked-after.xhtml?person=" + child).statusCode(),
                "nor opens the child's looked-after page: her role has no children's records");
        assertEquals(before + 1, sql.count(count));
    }

    @Test
    void theCensusIsProducedAndItsChildrenOnProtectionPlansOn31MarchAreTheScorecards() throws Exception {
        String year = latestCompleteYear();
        PortalSession olivia = signIn("olivia.brown");
        JsonObject run = run(olivia, "performance-cin-census", year);
        JsonObject file = run.getJsonArray("files").getJsonObject(0);
        assertEquals("cin_census.xml", file.getString("name"));
        HttpResponse<byte[]> download = olivia.getBytes("api/returns/runs/" + run.getJsonNumber("id") + "/files/"
                + file.getJsonNumber("id"));
        assertEquals(200, download.statusCode());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(download.body()));
        var xpath = XPathFactory.newInstance().newXPath();
        assertEquals("CIN", xpath.evaluate("/Message/Header/CollectionDetails/Collection", xml));
        org.w3c.dom.NodeList plans = (org.w3c.dom.NodeList) xpath.evaluate("//ChildProtectionPlans", xml,
                XPathConstants.NODESET);
        LocalDate end = yearEnd(year);
        Set<String> onPlanAtEnd = new HashSet<>();
        for (int i = 0; i < plans.getLength(); i++) {
            var plan = plans.item(i);
            String ended = xpath.evaluate("CPPendDate", plan);
            // The scorecard counts plans open at the end of the day: a plan ending on 31 March is not open then.
            if (ended.isEmpty() || LocalDate.parse(ended).isAfter(end)) {
                onPlanAtEnd.add(xpath.evaluate("../../ChildIdentifiers/LAchildID", plan));
            }
        }
        assertTrue(onPlanAtEnd.size() > 0, "the demo authority has children on protection plans");
        long scorecard = scorecards.series("cp-plans", YearMonth.from(end)).getFigures().get(12).numerator();
        assertEquals(scorecard, onPlanAtEnd.size(), "children on CP plans on 31 March: scorecard and census agree");
        assertEquals(Double.valueOf(plans.getLength()),
                (Double) xpath.evaluate("count(//ChildProtectionPlans/NumberOfPreviousCPP)", xml, XPathConstants.NUMBER),
                "every plan says how many the child had before");
        // The demo records the disabilities of every third child referred in the year.
        long withDisabilities = ((Double) xpath.evaluate("count(//ChildCharacteristics/Disabilities)", xml,
                XPathConstants.NUMBER)).longValue();
        long recorded = new AuditTables(database.dataSource()).count("select count(*) from core_child_characteristics"
                + " where disabilities is not null and person_id in (select person_id from core_involvement"
                + " where kind = 'REFERRAL' and start_date <= '" + end + "' and (end_date is null or end_date >= '"
                + end.minusYears(1).plusDays(1) + "'))");
        assertTrue(recorded > 0, "the demo records disabilities");
        assertEquals(recorded, withDisabilities, "each child with disabilities recorded carries them in the census");
        assertNoErrors(olivia, run);

        // Beside the previous year's census: its children and CIN episodes, as each file counts them.
        int first = Integer.parseInt(year.substring(0, 4)) - 1;
        String previousYear = first + "-" + String.format("%02d", (first + 1) % 100);
        JsonObject before = run(olivia, "performance-cin-census", previousYear);
        JsonObject again = run(olivia, "performance-cin-census", year);
        Map<String, JsonObject> comparison = again.getJsonArray("comparison").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
        Document previousXml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                olivia.getBytes("api/returns/runs/" + before.getJsonNumber("id") + "/files/"
                        + before.getJsonArray("files").getJsonObject(0).getJsonNumber("id")).body()));
        JsonObject children = comparison.get("Children");
        assertEquals(previousYear, children.getString("previousPeriod"), again.toString());
        assertEquals(((Double) xpath.evaluate("count(//Child)", previousXml, XPathConstants.NUMBER)).longValue(),
                children.getJsonNumber("previous").longValue());
        assertEquals(((Double) xpath.evaluate("count(//Child)", xml, XPathConstants.NUMBER)).longValue(),
                children.getJsonNumber("value").longValue());
        assertEquals(((Double) xpath.evaluate("count(//CINdetails)", previousXml, XPathConstants.NUMBER)).longValue(),
                comparison.get("CIN episodes").getJsonNumber("previous").longValue());
        assertEquals(((Double) xpath.evaluate("count(//CINdetails)", xml, XPathConstants.NUMBER)).longValue(),
                comparison.get("CIN episodes").getJsonNumber("value").longValue());
    }

    /**
     * A former UPN recorded on the person's record is refused when it is not a UPN or is the UPN itself,
     * and once saved goes into the census as FormerUPN for that child.
     */
    @Test
    void aFormerUpnRecordedOnThePersonGoesIntoTheCensus() throws Exception {
        String year = latestCompleteYear();
        PortalSession olivia = signIn("olivia.brown");
        JsonObject before = run(olivia, "performance-cin-census", year);
        Document census = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                olivia.getBytes("api/returns/runs/" + before.getJsonNumber("id") + "/files/"
                        + before.getJsonArray("files").getJsonObject(0).getJsonNumber("id")).body()));
        var xpath = XPathFactory.newInstance().newXPath();
        PortalSession priya = signIn("priya.shah");
        Matcher link = CHILD_LINK.matcher(priya.get("work/my-work.xhtml").body());
        long child = -1;
        while (link.find() && child < 0) {
            long candidate = Long.parseLong(link.group(1));
            if (!xpath.evaluate("//Child[ChildIdentifiers/LAchildID='" + candidate + "']/ChildIdentifiers/LAchildID",
                    census).isEmpty()) {
                child = candidate;
            }
        }
        assertTrue(child > 0, "one of priya.shah's children is in the census");
        JsonObject person = object(priya.get("api/persons/" + child).body());
        jakarta.json.JsonObjectBuilder details = jakarta.json.Json.createObjectBuilder();
        for (String field : List.of("givenName", "familyName", "dateOfBirth", "dateOfDeath", "sex", "kind",
                "ethnicity", "nhsNumber", "upn", "addressLine1", "addressLine2", "town", "postcode", "alerts",
                "version")) {
            if (person.containsKey(field) && person.get(field).getValueType() != JsonValue.ValueType.NULL) {
                details.add(field, person.get(field));
            }
        }
        JsonObject base = details.build();
        HttpResponse<String> notAUpn = priya.putJson("api/persons/" + child,
                jakarta.json.Json.createObjectBuilder(base).add("formerUpn", "B12").build().toString());
        assertEquals(400, notAUpn.statusCode(), notAUpn.body());
        assertTrue(notAUpn.body().contains("formerUpn"), notAUpn.body());
        HttpResponse<String> saved = priya.putJson("api/persons/" + child,
                jakarta.json.Json.createObjectBuilder(base).add("formerUpn", "H243278544154").build().toString());
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("H243278544154", object(saved.body()).getString("formerUpn"));
        assertTrue(priya.get("people/person.xhtml?id=" + child).body().contains("H243278544154"),
                "the person's page shows the former UPN");

        JsonObject after = run(olivia, "performance-cin-census", year);
        Document withFormer = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                olivia.getBytes("api/returns/runs/" + after.getJsonNumber("id") + "/files/"
                        + after.getJsonArray("files").getJsonObject(0).getJsonNumber("id")).body()));
        assertEquals("H243278544154", xpath.evaluate("//Child[ChildIdentifiers/LAchildID='" + child
                + "']/ChildIdentifiers/FormerUPN", withFormer));
        assertNoErrors(olivia, after);
    }

    @Test
    void theReturnsPageProducesARunAndShowsItsErrorsQueriesFilesAndHistory() throws Exception {
        String year = latestCompleteYear();
        PortalSession olivia = signIn("olivia.brown");
        run(olivia, "performance-ssda903", yearBefore(year));
        HttpResponse<String> page = olivia.get("returns/returns.xhtml");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("SSDA903: children looked after"), page.body());
        assertTrue(page.body().contains("Children in Need census"));
        assertTrue(page.body().contains("id=\"nav-returns\""), "the menu leads to the page");

        HttpResponse<String> badPeriod = olivia.post("returns/returns.xhtml", produceForm(page.body(), "2025/26"));
        assertEquals(200, badPeriod.statusCode());
        assertTrue(badPeriod.body().contains("is not a collection year such as 2025-26"), badPeriod.body());

        HttpResponse<String> produced = olivia.post("returns/returns.xhtml", produceForm(page.body(), year));
        assertEquals(302, produced.statusCode(), produced.body());
        String location = produced.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("run="), location);
        HttpResponse<String> shown = olivia.get(location);
        assertEquals(200, shown.statusCode(), shown.body());
        assertTrue(shown.body().contains("SSDA903: children looked after for " + year), shown.body());
        assertTrue(shown.body().contains("id=\"run-errors\">0<"), "no errors on the demo records");
        assertTrue(shown.body().contains("903_Episodes.csv"));
        assertTrue(shown.body().contains("id=\"run-history\""));
        assertTrue(shown.body().contains("olivia.brown"));

        PortalSession priya = signIn("priya.shah");
        HttpResponse<String> none = priya.get("returns/returns.xhtml");
        assertEquals(200, none.statusCode());
        assertTrue(none.body().contains("id=\"no-returns\""), "a practitioner is offered no return");
        assertTrue(!none.body().contains("id=\"nav-returns\""), "nor the menu entry");
        String runAddress = location.substring(location.indexOf("returns/returns.xhtml"));
        assertEquals(404, priya.get(runAddress).statusCode(), "another's run is not found, not shown");
    }

    private static Map<String, String> produceForm(String page, String period) {
        String form = "produce-performance-ssda903";
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put(form, form);
        fields.put("returnId", "performance-ssda903");
        fields.put(form + ":period", period);
        fields.put(form + ":produce", "Produce and check");
        fields.put("jakarta.faces.ViewState", PortalSession.viewState(page));
        return fields;
    }

    @Test
    void staffWithoutTheReturnsPermissionAreRefused() throws Exception {
        PortalSession priya = signIn("priya.shah");
        HttpResponse<String> refused = priya.postJson("api/returns/performance-ssda903/runs",
                "{\"period\":\"" + latestCompleteYear() + "\"}");
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    private static JsonObject run(PortalSession session, String returnId, String year) throws Exception {
        HttpResponse<String> started = session.postJson("api/returns/" + returnId + "/runs",
                "{\"period\":\"" + year + "\"}");
        assertEquals(201, started.statusCode(), started.body());
        return object(started.body());
    }

    private static List<String> lines(PortalSession session, JsonObject run, int file) throws Exception {
        JsonObject f = run.getJsonArray("files").getJsonObject(file);
        HttpResponse<byte[]> download = session.getBytes("api/returns/runs/" + run.getJsonNumber("id") + "/files/"
                + f.getJsonNumber("id"));
        assertEquals(200, download.statusCode());
        return new String(download.body(), StandardCharsets.UTF_8).lines().toList();
    }

    /** The demo records pass the DfE's rules: no error; any message names a rule, a field and a page inside the portal. */
    /** The collection year before: "2024-25" before "2025-26". */
    private static String yearBefore(String year) {
        int first = Integer.parseInt(year.substring(0, 4)) - 1;
        return first + "-" + String.format("%02d", (first + 1) % 100);
    }

    private static void assertNoErrors(PortalSession session, JsonObject run) throws Exception {
        JsonArray messages = array(session.get("api/returns/runs/" + run.getJsonNumber("id") + "/messages"));
        Map<String, Long> errorsByRule = messages.stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("severity").equals("ERROR"))
                .collect(Collectors.groupingBy(m -> m.getString("ruleCode") + " " + m.getString("field"),
                        Collectors.counting()));
        assertEquals(Map.of(), errorsByRule, "errors by rule and field; first messages: "
                + messages.stream().limit(5).toList());
        assertEquals(0, run.getInt("errors"), run.toString());
        for (JsonValue m : messages) {
            assertTrue(m.asJsonObject().getString("link").startsWith("/"), m.toString());
        }
    }

    private PortalSession signIn(String username) throws Exception {
        return PortalSession.signIn(portal.toURI(), username, PASSWORD);
    }
}
