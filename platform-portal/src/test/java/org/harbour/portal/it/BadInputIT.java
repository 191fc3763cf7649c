package org.harbour.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

import static java.net.http.HttpClient.Version.HTTP_1_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input sweep: every REST operation the portal documents at {@code /openapi} and every page parameter
 * of every page in the WAR, sent the inputs a careless or hostile client sends. Nothing a client sends may
 * answer 5xx. Prints the figures: inputs sent, status histogram, server errors.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final String JSON = "application/json";
    /** Over the default JSON cap (2 MB) and under the document cap (10 MB). */
    private static final int OVER_JSON_CAP = 3 * 1024 * 1024;
    /** Over the default document cap (10 MB). */
    private static final int OVER_DOCUMENT_CAP = 11 * 1024 * 1024;
    private static final Pattern VIEW_PARAM = Pattern.compile("<(?:f|o):viewParam\\b[^>]*\\bname=\"([^\"]+)\"");

    /** Parameters read from the request by code rather than declared as view parameters. */
    private static final Map<String, List<String>> REQUEST_PARAMETERS = Map.of(
            "login.xhtml", List.of("loggedOut", "oidc"),
            "performance/export/scorecard.xlsx", List.of("to"),
            "performance/export/scorecard.pdf", List.of("to"),
            "performance/export/series.csv", List.of("indicator", "to"),
            "performance/rows/pseudonymised.csv", List.of("indicator", "month"),
            "audit/export.csv", List.of("user", "recordType", "recordId", "from", "to", "action", "outcome"),
            "oidc/callback", List.of("state", "code", "error"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portalWith();
    }

    @ArquillianResource
    URL portal;

    // ---------------------------------------------------------------- REST

    /** The member of staff who uses a module's endpoints in the demo data, so the sweep reaches past the permission checks. */
    private static final Map<String, String> MODULE_USERS = Map.of("continuing-care", "helen.ward",
            "youth-justice", "dan.hughes", "send", "grace.lee", "pause", "maria.costa", "performance", "olivia.brown");
    /** Endpoints the administrator is the user of: the sweep sends the administrator their bodies too. */
    private static final List<String> ADMIN_PATHS = List.of("/api/modules", "/api/returns");
    /** Requests in flight at once: the server answers several while the client builds the next. */
    private static final int SWEEPERS = 3;

    @Test
    void everyRestOperationAnswersBadInputWithoutAServerError() throws Exception {
        ThreadLocal<Sessions> sessions = ThreadLocal.withInitial(Sessions::new);
        List<java.util.concurrent.Callable<Void>> sweeps = new ArrayList<>();
        JsonObject openapi = openapi();
        Set<String> javaOperations = new TreeSet<>();
        Map<String, Type> bodies = javaResources(javaOperations);
        assertTrue(bodies.size() >= 30, "request bodies of the resources in the WAR: " + bodies.keySet());
        Tally tally = new Tally();
        List<String> unmatched = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : openapi.getJsonObject("paths").entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
                String method = op.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                operations++;
                javaOperations.remove(method + " " + path.getKey());
                Operation operation = new Operation(method, path.getKey(), op.getValue().asJsonObject(), openapi,
                        bodies.get(method + " " + path.getKey()));
                if (operation.hasBody() && operation.consumesJson() && operation.javaBody == null) {
                    unmatched.add(method + " " + path.getKey());
                }
                String module = path.getKey().split("/")[2];
                String practitioner = MODULE_USERS.getOrDefault(module, "priya.shah");
                boolean adminPath = ADMIN_PATHS.stream().anyMatch(path.getKey()::startsWith);
                for (String user : List.of(practitioner, "admin")) {
                    // The body is read before any permission check, so the same bad bodies sent by a second user only
                    // repeat the reader's answers: the administrator sends them where the administrator is the user.
                    boolean sendBodies = user.equals(practitioner) || adminPath;
                    sweeps.add(() -> {
                        sweep(operation, sessions.get().of(user), user, tally, user.equals(practitioner), sendBodies);
                        return null;
                    });
                }
            }
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(SWEEPERS);
        try {
            for (java.util.concurrent.Future<Void> done : pool.invokeAll(sweeps)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(operations >= 40, "the sweep found the REST operations in /openapi: " + operations);
        tally.print("REST operations in /openapi: " + operations);
        assertEquals(List.of(), unmatched, "JSON bodies whose Java type the sweep could not find");
        assertEquals(Set.of(), javaOperations, "resource methods in the WAR that /openapi does not list, so the sweep missed");
        tally.assertNoServerError();
    }

    private void sweep(Operation op, PortalSession session, String user, Tally tally, boolean heavy, boolean bodies)
            throws Exception {
        // Path parameters: each one malformed in turn, the others plausible.
        for (String name : op.pathParameters()) {
            for (String bad : List.of("abc", "99999999999999999999", "-1", "0", "1.5", "1e3", "%20", "%E2%82%AC",
                    "9223372036854775807", "-9223372036854775808", "%25", "null")) {
                String url = op.url(Map.of(name, bad), "");
                tally.send(session, user, op.method, url, op.hasBody() ? "{}" : null, JSON, "path " + name + "=" + bad);
            }
        }
        // Query and header parameters.
        for (String name : op.queryParameters()) {
            for (String bad : List.of("abc", "%2B999999999-12-31", "-999999999-01-01", "2026-02-30", "-1",
                    "99999999999999999999", "%FF", "%00", "", "x".repeat(4000), "%3Cscript%3E")) {
                String url = op.url(Map.of(), name + "=" + bad);
                tally.send(session, user, op.method, url, op.hasBody() ? "{}" : null, JSON, "query " + name + "=" + bad);
            }
        }
        for (String name : op.headerParameters()) {
            for (String bad : List.of("abc", "\"abc\"", "W/\"99999999999999999999\"", "*", "\"-1\"", "")) {
                tally.send(session, user, op.method, op.url(Map.of(), ""), op.hasBody() ? "{}" : null, JSON,
                        "header " + name + "=" + bad, name, bad);
            }
        }
        if (!op.hasBody() || !bodies) {
            return;
        }
        String url = op.url(Map.of(), "");
        if (!op.consumesJson()) {
            sweepUpload(op, session, user, tally, url, heavy);
            return;
        }
        // Broken JSON, JSON that is not an object, and bytes that are not UTF-8.
        for (String broken : List.of("", "{", "{\"a\":}", "not json", "{\"a\":1,}", "[1,2", "{\"a\" 1}", "{'a':1}",
                "{\"a\":01}", "{\"a\":\"\\x\"}", "{}{}", "{} trailing", "\uFEFF{}", "\u0000", "[]", "\"text\"", "42",
                "true", "null", "[{}]", "{\"a\":" .repeat(5000) + "1" + "}".repeat(5000), "[".repeat(100_000))) {
            tally.send(session, user, op.method, url, broken, JSON, "body " + abbreviate(broken));
        }
        tally.sendBytes(session, user, op.method, url, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'},
                JSON, "body invalid UTF-8");
        // Each field of the body, given values of the wrong type, impossible dates, huge numbers; the same inside
        // lists and nested objects.
        for (Shape field : op.bodyFields().values()) {
            sweepField(field, "", "", tally, session, user, op.method, url);
        }
        // The content type: wrong, missing, malformed, or JSON in a charset other than UTF-8.
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=ebcdic", "application/json; charset=x-nonsense",
                "application/json; charset=ISO-8859-1", "application/json;;;", "application/json; charset", "garbage",
                "application/json; charset=\"utf-8\"", "*/*")) {
            tally.send(session, user, op.method, url, "{}", type, "content type " + type);
        }
        tally.sendBytes(session, user, op.method, url, "{}".getBytes(StandardCharsets.UTF_16), JSON + "; charset=UTF-16",
                "body in UTF-16");
        tally.sendBytes(session, user, op.method, url, "{}".getBytes(Charset.forName("IBM037")), JSON + "; charset=IBM037",
                "body in EBCDIC");
        tally.send(session, user, op.method, url, null, null, "no body, no content type");
        if (heavy) {
            byte[] huge = oversizedJson(OVER_JSON_CAP);
            tally.sendBytes(session, user, op.method, url, huge, JSON, "body over the JSON cap, with Content-Length");
            tally.sendStream(session, user, op.method, url, huge, JSON, "body over the JSON cap, chunked");
        }
    }

    private void sweepUpload(Operation op, PortalSession session, String user, Tally tally, String url, boolean heavy)
            throws Exception {
        for (String[] headers : List.of(
                new String[] {"Content-Type", "application/pdf"},
                new String[] {"Content-Type", "text/plain; charset=ebcdic"},
                new String[] {"Content-Type", "garbage", "Content-Disposition", "attachment; filename*=utf-8''%ZZ"},
                new String[] {"Content-Type", "application/octet-stream", "Content-Disposition", "attachment; filename=\""},
                new String[] {"Content-Type", "application/octet-stream", "Content-Disposition", ";;;"},
                new String[] {"Content-Type", "application/octet-stream", "X-Document-Title", "x".repeat(5000)})) {
            tally.sendBytes(session, user, op.method, url, "%PDF-1.4 not really".getBytes(StandardCharsets.UTF_8),
                    null, "upload " + String.join(" ", headers), headers);
            tally.sendBytes(session, user, op.method, url, new byte[0], null, "empty upload " + String.join(" ", headers),
                    headers);
        }
        if (heavy) {
            byte[] huge = new byte[OVER_DOCUMENT_CAP];
            tally.sendBytes(session, user, op.method, url, huge, "application/pdf", "upload over the document cap");
            tally.sendStream(session, user, op.method, url, huge, "application/pdf", "upload over the document cap, chunked");
        }
    }

    /** Bad values for one field, written inside {@code before ... after} to make the whole body. */
    private void sweepField(Shape field, String before, String after, Tally tally, PortalSession session, String user,
                            String method, String url) throws Exception {
        String open = before + "{\"" + field.name() + "\":";
        String close = "}" + after;
        for (String bad : badValues(field.kind())) {
            tally.send(session, user, method, url, open + bad + close, JSON, "field " + field.name() + "=" + abbreviate(bad)
                    + (before.isEmpty() ? "" : " nested"));
        }
        if (field.element() != null) {
            Shape element = field.element();
            String elementOpen = "array".equals(field.kind()) ? "[" : "{\"k\":";
            String elementClose = "array".equals(field.kind()) ? "]" : "}";
            for (String bad : badValues(element.kind())) {
                tally.send(session, user, method, url, open + elementOpen + bad + elementClose + close, JSON,
                        "field " + field.name() + " element=" + abbreviate(bad));
            }
            if (before.length() < 40) {
                for (Shape member : element.members().values()) {
                    sweepField(member, open + elementOpen, elementClose + close, tally, session, user, method, url);
                }
            }
        }
        if (before.length() < 40) {
            for (Shape member : field.members().values()) {
                sweepField(member, open, close, tally, session, user, method, url);
            }
        }
    }

    /** JSON values that do not fit a field of the given kind. */
    private static List<String> badValues(String kind) {
        List<String> values = new ArrayList<>(switch (kind) {
            case "integer" -> List.of("\"abc\"", "1.5", "99999999999999999999999999", "1e400", "-1e400", "1e999999999",
                    "\"1e999999999\"", "-99999999999999999999999999");
            case "number" -> List.of("\"abc\"", "1e999999999", "-1e999999999", "1e-999999999",
                    "99999999999999999999999999999999.99", "\"NaN\"", "\"Infinity\"", "1e400");
            case "boolean" -> List.of("\"maybe\"", "2", "\"yes\"");
            case "date" -> List.of("\"2026-02-30\"", "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"0000-00-00\"",
                    "\"31/12/2026\"", "\"2026-13-01\"", "\"2026-1-1\"", "\"2026-01-01T00:00:00Z\"", "\"\"", "20260101",
                    "\"0001-01-01\"", "\"9999-12-31\"");
            case "enum" -> List.of("\"NOT_A_VALUE\"", "\"\"", "\"x\"");
            case "array" -> List.of("\"x\"", "[null]", "[[[]]]", "[\"x\"]", "[{}]");
            case "object", "map" -> List.of("\"x\"", "{\"x\":{}}", "{\"\":null}");
            default -> List.of("\"" + "x".repeat(100_000) + "\"", "\"\\u0000\"", "\"\\ud800\"");
        });
        // Impossible dates and ruinous numbers whatever the field, and values of every other JSON type.
        for (String other : List.of("\"2026-02-30\"", "\"+999999999-12-31\"", "1e999999999", "-1e-999999999",
                "\"text\"", "123", "true", "{}", "[]", "null", "{\"a\":[1]}")) {
            if (!sameType(kind, other) && !values.contains(other)) {
                values.add(other);
            }
        }
        return values;
    }

    private static boolean sameType(String kind, String value) {
        char c = value.charAt(0);
        return switch (kind) {
            case "integer", "number" -> Character.isDigit(c) || c == '-';
            case "boolean" -> c == 't';
            case "array" -> c == '[';
            case "object", "map" -> c == '{';
            default -> c == '"';
        };
    }

    private static byte[] oversizedJson(int size) {
        StringBuilder json = new StringBuilder(size + 16).append("{\"text\":\"");
        json.append("x".repeat(size));
        return json.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void unreadableBodiesAndParametersAreProblemsNamingTheField() throws Exception {
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        PortalSession helen = PortalSession.signIn(portal.toURI(), "helen.ward", PASSWORD);

        assertField(400, "date", priya.postJson("api/cases/1/activities", "{\"kind\":\"note\",\"date\":\"2026-02-30\"}"));
        assertField(400, "date", priya.postJson("api/cases/1/activities", "{\"kind\":\"note\",\"date\":\"+999999999-12-31\"}"));
        assertField(400, "from", priya.putJson("api/cases/1/visit-regime", "{\"regime\":\"CP\",\"from\":[1]}"));
        assertField(400, "allocationId", priya.postJson("api/cases/1/allocations", "{\"allocationId\":1e999999999}"));
        assertField(400, "caseVersion", priya.postJson("api/cases/1/closure", "{\"caseId\":1,\"caseVersion\":\"x\"}"));
        assertField(400, "nfa", priya.postJson("api/cases/1/involvements", "{\"kind\":\"referral\",\"nfa\":\"maybe\"}"));
        assertField(400, "members[1].decisionMaker", helen.postJson("api/continuing-care/panels",
                "{\"name\":\"P\",\"members\":[{\"name\":\"A\"},{\"name\":\"B\",\"decisionMaker\":\"maybe\"}]}"));
        assertField(400, "weeklyCost", helen.putJson("api/continuing-care/packages/1", "{\"weeklyCost\":1e999999999}"));
        assertField(400, "kind", priya.postJson("api/persons", "{\"givenName\":\"A\",\"kind\":\"ALIEN\"}"));

        HttpResponse<String> broken = priya.postJson("api/cases/1/activities", "{\"kind\":");
        assertField(400, "", broken);
        assertTrue(broken.body().contains("not valid JSON (line 1"), broken.body());
        assertField(400, "", priya.postJson("api/cases/1/activities", "[]"));
        assertField(400, "", priya.postJson("api/cases/1/activities", "{\"a\":".repeat(100) + "1" + "}".repeat(100)));

        HttpResponse<String> ebcdic = priya.send("POST", "api/cases/1/activities", HttpRequest.BodyPublishers.ofString("{}"),
                "Content-Type", "application/json; charset=ebcdic");
        assertProblem(415, ebcdic);
        assertProblem(415, priya.send("POST", "api/cases/1/activities", HttpRequest.BodyPublishers.ofString("{}"),
                "Content-Type", "text/plain"));

        assertField(400, "dateOfBirth", priya.get("api/persons?dateOfBirth=%2B999999999-12-31"));
        assertField(400, "on", helen.get("api/continuing-care/packages/funding-totals?on=2026-02-30"));
        assertProblem(404, priya.get("api/persons/abc"));
        assertProblem(404, priya.get("api/cases/99999999999999999999/activities"));
    }

    @Test
    void bodiesOverTheLimitAreRefusedBeforeTheyAreRead() throws Exception {
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        byte[] huge = oversizedJson(OVER_JSON_CAP);

        HttpResponse<String> declared = priya.send("POST", "api/cases/1/activities", HttpRequest.BodyPublishers.ofByteArray(huge),
                "Content-Type", JSON);
        assertProblem(413, declared);
        assertTrue(declared.body().contains("\"limit\":2097152"), declared.body());

        HttpResponse<String> streamed = priya.send("POST", "api/cases/1/activities",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)), "Content-Type", JSON);
        assertProblem(413, streamed);

        // Under the limit, the body is read and judged on its merits.
        byte[] large = oversizedJson(1024 * 1024);
        HttpResponse<String> read = priya.send("POST", "api/cases/1/activities", HttpRequest.BodyPublishers.ofByteArray(large),
                "Content-Type", JSON);
        assertTrue(read.statusCode() != 413 && read.statusCode() < 500, read.statusCode() + " " + abbreviate(read.body()));
    }

    @Test
    void malformedPageParametersAnswer404AndAnExpiredFormStartsAgain() throws Exception {
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        PortalSession helen = PortalSession.signIn(portal.toURI(), "helen.ward", PASSWORD);
        PortalSession tom = PortalSession.signIn(portal.toURI(), "tom.okafor", PASSWORD);
        for (HttpResponse<String> page : List.of(priya.get("case/child.xhtml?id=abc"),
                priya.get("case/child.xhtml?id=99999999999999999999"), helen.get("continuing-care/referral.xhtml?id=abc"),
                tom.get("team/reallocate.xhtml?person=abc"))) {
            assertEquals(404, page.statusCode(), page.uri().toString());
            assertTrue(page.body().contains("Page not found"), page.body());
        }

        // The login form posted after its session expired: back to the login page, which says why.
        PortalSession stranger = PortalSession.anonymous(portal.toURI());
        HttpResponse<String> expired = stranger.post("login.xhtml", Map.of("login-form", "login-form", "username", "priya.shah",
                "password", PASSWORD, "sign-in", "Sign in", "jakarta.faces.ViewState", "-1:-1"));
        assertEquals(302, expired.statusCode(), expired.body());
        assertTrue(expired.headers().firstValue("Location").orElse("").contains("login.xhtml"), expired.headers().map().toString());
        HttpResponse<String> again = stranger.get("login.xhtml");
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("Your session had expired; please sign in again."), again.body());
        assertTrue(stranger.get("login.xhtml").body().indexOf("Your session had expired") < 0, "said once only");

        // Any other page goes back to itself.
        HttpResponse<String> stale = priya.post("people/search.xhtml", Map.of("jakarta.faces.ViewState", "-1:-1", "x", "x"));
        assertEquals(302, stale.statusCode(), stale.body());
        assertTrue(stale.headers().firstValue("Location").orElse("").contains("people/search.xhtml"));

        assertEquals(404, stranger.get("error.xhtml").statusCode());
        assertEquals(404, priya.get("error.xhtml").statusCode());
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.uri() + " " + abbreviate(response.body()));
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""),
                response.uri().toString());
    }

    private static void assertField(int status, String field, HttpResponse<String> response) {
        assertProblem(status, response);
        JsonArray errors = read(response.body()).getJsonArray("errors");
        assertTrue(errors != null && errors.getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> field.equals(e.getString("field"))), field + " named in " + response.body());
    }

    // ---------------------------------------------------------------- pages

    @Test
    void everyPageParameterAnswersMalformedValuesWithoutAServerError() throws Exception {
        Map<String, Set<String>> pages = pagesInTheWar();
        Map<String, Set<String>> withParameters = new TreeMap<>();
        pages.forEach((page, params) -> {
            if (!params.isEmpty()) {
                withParameters.put(page, params);
            }
        });
        // The discovery must see the pages known to take parameters, core's and the modules'.
        for (String known : List.of("case/child.xhtml", "continuing-care/referral.xhtml", "team/reallocate.xhtml",
                "performance/indicator.xhtml", "admin/user.xhtml", "people/person.xhtml")) {
            assertTrue(withParameters.containsKey(known), known + " found among " + withParameters.keySet());
        }
        REQUEST_PARAMETERS.forEach((page, params) -> withParameters.computeIfAbsent(page, p -> new TreeSet<>()).addAll(params));

        Sessions sessions = new Sessions();
        Tally tally = new Tally();
        List<String> values = List.of("abc", "99999999999999999999", "-1", "0", "", "1.5", "1e3", "2026-02-30",
                "%2B999999999-12-31", "2026-13", "%3Cscript%3E", "x".repeat(3000), "%FF", "%00", "9223372036854775807",
                "-9223372036854775808", "null");
        for (Map.Entry<String, Set<String>> page : withParameters.entrySet()) {
            for (String user : usersFor(page.getKey())) {
                PortalSession session = sessions.of(user);
                for (String name : page.getValue()) {
                    for (String bad : values) {
                        tally.get(session, user, page.getKey() + "?" + name + "=" + bad, name + "=" + bad);
                    }
                }
                String all = page.getValue().stream().map(n -> n + "=abc").reduce((a, b) -> a + "&" + b).orElse("");
                tally.get(session, user, page.getKey() + "?" + all, "every parameter abc");
            }
        }

        // A form posted after its view (or session) expired, on every page; and the error page asked for directly.
        PortalSession anonymous = PortalSession.anonymous(portal.toURI());
        for (String page : pages.keySet()) {
            for (String user : usersFor(page)) {
                PortalSession session = sessions.of(user);
                for (String state : List.of("stale", "", "-1:-1")) {
                    tally.post(session, user, page, Map.of("jakarta.faces.ViewState", state, "x", "x"),
                            "expired view state '" + state + "'");
                }
                tally.post(session, user, page, Map.of("jakarta.faces.ViewState", "stale", "jakarta.faces.partial.ajax", "true",
                        "jakarta.faces.source", "x"), "expired view state, ajax", "Faces-Request", "partial/ajax");
            }
        }
        tally.post(anonymous, "anonymous", "login.xhtml", Map.of("login-form", "login-form", "username", "priya.shah",
                "password", PASSWORD, "jakarta.faces.ViewState", "stale"), "login form with an expired view state");
        tally.get(anonymous, "anonymous", "error.xhtml", "error page asked for directly");
        tally.get(sessions.of("priya.shah"), "priya.shah", "error.xhtml", "error page asked for directly");
        tally.get(anonymous, "anonymous", "error.xhtml?status=abc", "error page with a parameter");

        tally.print("Pages: " + pages.size() + ", of which with parameters: " + withParameters.size());
        tally.assertNoServerError();
    }

    /** Who opens a page: a member of staff whose role and areas reach it, and the administrator. */
    private static List<String> usersFor(String page) {
        String folder = page.contains("/") ? page.substring(0, page.indexOf('/')) : "";
        String user = switch (folder) {
            case "admin", "audit" -> "admin";
            case "continuing-care" -> "helen.ward";
            case "performance" -> "olivia.brown";
            case "team" -> "tom.okafor";
            case "send" -> "grace.lee";
            case "youth-justice" -> "dan.hughes";
            case "pause" -> "maria.costa";
            default -> "priya.shah";
        };
        return user.equals("admin") ? List.of(user) : List.of(user, "admin");
    }

    /** Every page of the WAR and of the JARs in it, with the view parameters it declares. */
    private static Map<String, Set<String>> pagesInTheWar() throws IOException {
        Map<String, Set<String>> pages = new TreeMap<>();
        try (ZipFile war = new ZipFile(new File(System.getProperty("harbour.war", "target/harbour.war")))) {
            for (ZipEntry entry : war.stream().toList()) {
                if (entry.getName().endsWith(".xhtml") && !entry.getName().startsWith("WEB-INF/")) {
                    try (InputStream in = war.getInputStream(entry)) {
                        pages.put(entry.getName(), viewParams(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                } else if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    try (ZipInputStream jar = new ZipInputStream(war.getInputStream(entry))) {
                        for (ZipEntry file = jar.getNextEntry(); file != null; file = jar.getNextEntry()) {
                            String name = file.getName();
                            if (name.startsWith("META-INF/resources/") && name.endsWith(".xhtml")
                                    && !name.startsWith("META-INF/resources/WEB-INF/")) {
                                pages.put(name.substring("META-INF/resources/".length()),
                                        viewParams(new String(jar.readAllBytes(), StandardCharsets.UTF_8)));
                            }
                        }
                    }
                }
            }
        }
        assertTrue(pages.size() >= 30, "pages found in the WAR: " + pages.keySet());
        return pages;
    }

    private static Set<String> viewParams(String xhtml) {
        Set<String> names = new TreeSet<>();
        Matcher m = VIEW_PARAM.matcher(xhtml);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    // ---------------------------------------------------------------- helpers

    /** The OpenAPI document as JSON; the first request builds it, which can take a while on a cold server. */
    private JsonObject openapi() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(portal.toURI().resolve("/openapi")).header("Accept", JSON)
                .timeout(Duration.ofMinutes(2)).GET().build();
        IOException failure = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode(), response.body());
                return read(response.body());
            } catch (IOException e) {
                failure = e;
            }
        }
        throw failure;
    }

    private static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static String abbreviate(String s) {
        String oneLine = s.replace("\n", "\\n").replace("\u0000", "\\0");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "...(" + s.length() + " chars)" : oneLine;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** One signed-in session per member of staff, opened when first needed. */
    private final class Sessions {
        private final Map<String, PortalSession> open = new LinkedHashMap<>();

        PortalSession of(String user) throws Exception {
            PortalSession session = open.get(user);
            if (session == null) {
                session = PortalSession.signIn(portal.toURI(), user, PASSWORD);
                open.put(user, session);
            }
            return session;
        }
    }

    /** An operation of the OpenAPI document, with its parameters and body schema resolved. */
    private static final class Operation {
        final String method;
        final String path;
        final JsonObject spec;
        final JsonObject openapi;
        /** The type the resource method binds the body to, when it takes one. */
        final Type javaBody;

        Operation(String method, String path, JsonObject spec, JsonObject openapi, Type javaBody) {
            this.method = method;
            this.path = path;
            this.spec = spec;
            this.openapi = openapi;
            this.javaBody = javaBody;
        }

        List<String> parameters(String in) {
            List<String> names = new ArrayList<>();
            for (JsonValue p : spec.getJsonArray("parameters") == null ? JsonValue.EMPTY_JSON_ARRAY
                    : spec.getJsonArray("parameters")) {
                JsonObject parameter = resolve(p.asJsonObject());
                if (in.equals(parameter.getString("in", ""))) {
                    names.add(parameter.getString("name"));
                }
            }
            if ("path".equals(in)) {
                Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
                while (m.find()) {
                    if (!names.contains(m.group(1))) {
                        names.add(m.group(1));
                    }
                }
            }
            return names;
        }

        List<String> pathParameters() {
            return parameters("path");
        }

        List<String> queryParameters() {
            return parameters("query");
        }

        List<String> headerParameters() {
            return parameters("header");
        }

        boolean hasBody() {
            return spec.containsKey("requestBody") || Set.of("POST", "PUT", "PATCH").contains(method);
        }

        boolean consumesJson() {
            JsonObject content = body();
            return content == null || content.keySet().stream().anyMatch(t -> t.contains("json"));
        }

        private JsonObject body() {
            JsonObject request = spec.getJsonObject("requestBody");
            return request == null ? null : resolve(request).getJsonObject("content");
        }

        /**
         * The fields of the JSON body: those its schema in /openapi documents, merged with those of the Java type
         * the resource binds the body to (the document misses some, and gives dates as objects).
         */
        Map<String, Shape> bodyFields() {
            Map<String, Shape> fields = new TreeMap<>();
            JsonObject content = body();
            if (content != null) {
                for (JsonValue media : content.values()) {
                    JsonObject schema = media.asJsonObject().getJsonObject("schema");
                    if (schema != null) {
                        fields.putAll(shape("", schema, 0).members());
                    }
                }
            }
            if (javaBody != null) {
                Shape.of("", javaBody, 0).members().forEach((name, shape) -> fields.merge(name, shape, Shape::merge));
            }
            return fields;
        }

        private Shape shape(String name, JsonObject schema, int depth) {
            JsonObject s = resolve(schema);
            Map<String, Shape> members = new TreeMap<>();
            if (depth < 3) {
                if (s.containsKey("allOf")) {
                    s.getJsonArray("allOf").forEach(part -> members.putAll(shape("", part.asJsonObject(), depth + 1).members()));
                }
                JsonObject properties = s.getJsonObject("properties");
                if (properties != null) {
                    properties.forEach((n, value) -> members.put(n, shape(n, value.asJsonObject(), depth + 1)));
                }
            }
            String kind;
            if (s.containsKey("enum")) {
                kind = "enum";
            } else if ("date".equals(s.getString("format", ""))) {
                kind = "date";
            } else if (!members.isEmpty()) {
                kind = "object";
            } else {
                kind = s.getString("type", "object");
            }
            Shape element = "array".equals(kind) && s.containsKey("items") && depth < 3
                    ? shape("", s.getJsonObject("items"), depth + 1) : null;
            return new Shape(name, kind, element, members);
        }

        JsonObject resolve(JsonObject schema) {
            JsonObject s = schema;
            while (s.containsKey("$ref")) {
                String[] ref = s.getString("$ref").replaceFirst("^#/", "").split("/");
                JsonObject target = openapi;
                for (String part : ref) {
                    target = target.getJsonObject(part);
                }
                s = target;
            }
            return s;
        }

        /** The operation's address relative to the portal: path parameters as given, else plausible. */
        String url(Map<String, String> given, String query) {
            String url = path.substring(1);
            for (String name : pathParameters()) {
                String value = given.getOrDefault(name, plausible(name));
                url = url.replace("{" + name + "}", value);
            }
            return query.isEmpty() ? url : url + "?" + query;
        }

        private String plausible(String name) {
            return switch (name) {
                case "kind" -> "referral";
                case "item" -> "GP_REPORT";
                default -> "1";
            };
        }
    }

    /** What a body field takes: its kind, the shape of its elements (lists, maps), and its own fields (objects). */
    private record Shape(String name, String kind, Shape element, Map<String, Shape> members) {

        /** The shape of a Java type as JSON-B binds it. */
        static Shape of(String name, Type type, int depth) {
            Class<?> raw = type instanceof Class<?> c ? c
                    : type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
            if (raw == LocalDate.class) {
                return new Shape(name, "date", null, Map.of());
            }
            if (Set.of(Long.class, long.class, Integer.class, int.class, Short.class, short.class).contains(raw)) {
                return new Shape(name, "integer", null, Map.of());
            }
            if (Set.of(BigDecimal.class, Double.class, double.class, Float.class, float.class).contains(raw)) {
                return new Shape(name, "number", null, Map.of());
            }
            if (raw == Boolean.class || raw == boolean.class) {
                return new Shape(name, "boolean", null, Map.of());
            }
            if (raw.isEnum()) {
                return new Shape(name, "enum", null, Map.of());
            }
            if (CharSequence.class.isAssignableFrom(raw) || raw == Object.class) {
                return new Shape(name, "string", null, Map.of());
            }
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                boolean map = Map.class.isAssignableFrom(raw);
                Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[map ? 1 : 0] : Object.class;
                return new Shape(name, map ? "map" : "array", depth < 3 ? of("", element, depth + 1) : null, Map.of());
            }
            Map<String, Shape> members = new TreeMap<>();
            if (depth < 3 && !raw.getName().startsWith("java.")) {
                if (raw.isRecord()) {
                    for (RecordComponent c : raw.getRecordComponents()) {
                        members.put(c.getName(), of(c.getName(), c.getGenericType(), depth + 1));
                    }
                }
                for (Method m : raw.getMethods()) {
                    if (m.getName().startsWith("set") && m.getName().length() > 3 && m.getParameterCount() == 1
                            && !Modifier.isStatic(m.getModifiers())) {
                        String property = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
                        members.put(property, of(property, m.getGenericParameterTypes()[0], depth + 1));
                    }
                }
            }
            return new Shape(name, "object", null, members);
        }

        /** The document's view of a field merged with Java's: Java knows the kind better, both know fields. */
        Shape merge(Shape java) {
            Map<String, Shape> all = new TreeMap<>(members);
            java.members().forEach((n, shape) -> all.merge(n, shape, Shape::merge));
            Shape mergedElement = element == null ? java.element() : java.element() == null ? element : element.merge(java.element());
            return new Shape(name, java.kind(), mergedElement, all);
        }
    }

    /**
     * The Java type each operation binds its body to, by "METHOD /api/path", read from the resource classes in the
     * WAR (core's and the modules', which the test also has on its class path); every operation found is added
     * to {@code operations}.
     */
    private static Map<String, Type> javaResources(Set<String> operations) throws IOException {
        Map<String, Type> bodies = new TreeMap<>();
        try (ZipFile war = new ZipFile(new File(System.getProperty("harbour.war", "target/harbour.war")))) {
            for (ZipEntry entry : war.stream().toList()) {
                if (!entry.getName().startsWith("WEB-INF/lib/") || !entry.getName().endsWith(".jar")) {
                    continue;
                }
                try (ZipInputStream jar = new ZipInputStream(war.getInputStream(entry))) {
                    for (ZipEntry file = jar.getNextEntry(); file != null; file = jar.getNextEntry()) {
                        if (file.getName().startsWith("org/harbour/") && file.getName().endsWith(".class")) {
                            resource(file.getName().replace('/', '.').replaceFirst("\\.class$", ""), bodies, operations);
                        }
                    }
                }
            }
        }
        return bodies;
    }

    private static void resource(String className, Map<String, Type> bodies, Set<String> operations) {
        Class<?> type;
        try {
            type = Class.forName(className, false, BadInputIT.class.getClassLoader());
        } catch (Throwable e) {
            return;
        }
        jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
        if (root == null) {
            return;
        }
        for (Method method : type.getMethods()) {
            String http = Stream.of(method.getAnnotations())
                    .map(a -> a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class))
                    .filter(java.util.Objects::nonNull).map(jakarta.ws.rs.HttpMethod::value).findFirst().orElse(null);
            if (http == null) {
                continue;
            }
            jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
            String path = ("/api/" + root.value() + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/")
                    .replaceAll("/$", "");
            operations.add(http + " " + path);
            Annotation[][] annotations = method.getParameterAnnotations();
            for (int i = 0; i < annotations.length; i++) {
                boolean entity = Stream.of(annotations[i]).noneMatch(a -> a.annotationType().getPackageName()
                        .startsWith("jakarta.ws.rs"));
                if (entity) {
                    bodies.put(http + " " + path, method.getGenericParameterTypes()[i]);
                }
            }
        }
    }

    /** Every request sent, its answer, and the figures. */
    private static final class Tally {
        private final Map<Integer, Integer> histogram = new TreeMap<>();
        private final List<String> serverErrors = new ArrayList<>();
        private int sent;

        void send(PortalSession session, String user, String method, String url, String body, String type, String input,
                  String... headers) throws Exception {
            byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
            sendBytes(session, user, method, url, bytes, type, input, headers);
        }

        void sendBytes(PortalSession session, String user, String method, String url, byte[] body, String type,
                       String input, String... headers) throws Exception {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body);
            exchange(session, user, method, url, publisher, type, input, headers);
        }

        /** Sends the body without a Content-Length, in chunks, as a streaming client does. */
        void sendStream(PortalSession session, String user, String method, String url, byte[] body, String type,
                        String input) throws Exception {
            exchange(session, user, method, url, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)),
                    type, input);
        }

        void get(PortalSession session, String user, String url, String input) throws Exception {
            exchange(session, user, "GET", url, HttpRequest.BodyPublishers.noBody(), null, input);
        }

        void post(PortalSession session, String user, String url, Map<String, String> fields, String input,
                  String... headers) throws Exception {
            String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .reduce((a, b) -> a + "&" + b).orElse("");
            exchange(session, user, "POST", url, HttpRequest.BodyPublishers.ofString(body),
                    "application/x-www-form-urlencoded", input, headers);
        }

        private synchronized void record(int status, String error) {
            if (error != null) {
                serverErrors.add(error);
            }
            sent++;
            histogram.merge(status, 1, Integer::sum);
        }

        private void exchange(PortalSession session, String user, String method, String url,
                              HttpRequest.BodyPublisher body, String type, String input, String... headers) throws Exception {
            List<String> all = new ArrayList<>(List.of(headers));
            if (type != null) {
                all.add("Content-Type");
                all.add(type);
            }
            int status;
            String error = null;
            try {
                HttpResponse<String> response = session.send(method, url, body, all.toArray(String[]::new));
                status = response.statusCode();
                if (status >= 500) {
                    error = status + " " + user + " " + method + " " + abbreviate(url) + " [" + input + "] "
                            + abbreviate(response.body().replaceAll("\\s+", " "));
                }
            } catch (HttpTimeoutException e) {
                status = -2;
                error = "no answer within a minute: " + user + " " + method + " " + abbreviate(url) + " [" + input + "]";
            } catch (IOException e) {
                // The server may close the connection on a body it refused before reading it all.
                status = -1;
            }
            record(status, error);
        }

        synchronized int serverErrorCount() {
            return serverErrors.size();
        }

        void print(String title) {
            System.out.println("== Bad-input sweep: " + title);
            System.out.println("   inputs sent: " + sent);
            System.out.println("   status histogram: " + histogram + " (-1: connection closed by the server, -2: no answer)");
            System.out.println("   5xx answers (or none): " + serverErrors.size());
            serverErrors.stream().limit(200).forEach(e -> System.out.println("     " + e));
        }

        void assertNoServerError() {
            assertEquals(0, serverErrorCount(), () -> serverErrorCount() + " of " + sent
                    + " bad inputs answered 5xx, e.g.:\n" + String.join("\n", serverErrors.subList(0,
                    Math.min(30, serverErrors.size()))));
        }
    }
}
