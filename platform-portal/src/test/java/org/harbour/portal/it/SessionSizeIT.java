package org.harbour.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sessions stay small however much a member of staff has done: the cluster's session store
 * serialises the whole session after every request, so its size is paid on each one. Prints the
 * serialised size after a realistic journey; and a form posted after many other pages were opened
 * says the page had expired instead of failing.
 */
@ExtendWith(ArquillianExtension.class)
class SessionSizeIT {

    private static final String PASSWORD = "Harbour-demo-2026";
    private static final Pattern CHILD_LINK = Pattern.compile("case/child.xhtml\\?id=(\\d+)");
    private static final Pattern PAGE_HEADING = Pattern.compile("<h1 id=\"page-heading\">([^<]*)</h1>");
    private static final Pattern CHRONOLOGY_FORM_ACTION =
            Pattern.compile("<form id=\"([^\"]*chronology-form)\"[^>]*? action=\"([^\"]+)\"");
    private static final Pattern STYLE_SHEET = Pattern.compile("href=\"[^\"]*?(jakarta.faces.resource/[^\"]+\\.css[^\"]*)\"");
    /** The goal for one signed-in member of staff's session, serialised. */
    private static final int MAX_BYTES = 50 * 1024;

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.portalWith(SessionSizeIT.class, PortalSession.class, SessionsSeen.class);
    }

    @ArquillianResource
    URL portal;

    @Test
    void aPractitionersSessionStaysSmallAfterAFullDaysPages() throws Exception {
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        List<String> children = children(priya.get("index.xhtml").body());
        assertFalse(children.isEmpty(), "Priya has a caseload");
        for (int round = 0; round < 3; round++) {
            for (String child : children) {
                assertEquals(200, priya.get("case/child.xhtml?id=" + child).statusCode());
            }
            assertEquals(200, priya.get("work/my-work.xhtml").statusCode());
            assertEquals(200, priya.get("people/search.xhtml").statusCode());
            assertEquals(200, priya.get("index.xhtml").statusCode());
        }
        assertSmall("priya.shah", priya);
    }

    @Test
    void anAnalystsSessionStaysSmallAfterMonthsOfScorecards() throws Exception {
        PortalSession olivia = PortalSession.signIn(portal.toURI(), "olivia.brown", PASSWORD);
        java.time.YearMonth month = java.time.YearMonth.now().minusMonths(1);
        for (int i = 0; i < 15; i++) {
            assertEquals(200, olivia.get("performance/scorecard.xhtml?to=" + month.minusMonths(i % 5)).statusCode());
            assertEquals(200, olivia.get("index.xhtml").statusCode());
        }
        assertSmall("olivia.brown", olivia);
    }

    @Test
    void aFormPostedAfterManyOtherPagesSaysThePageHadExpired() throws Exception {
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        String search = priya.get("people/search.xhtml").body();
        String viewState = PortalSession.viewState(search);
        for (int i = 0; i < 30; i++) {
            assertEquals(200, priya.get(i % 2 == 0 ? "index.xhtml" : "work/my-work.xhtml").statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("search-form", "search-form");
        form.put("search-form:familyName", "Smith");
        form.put("search-form:search", "Search");
        form.put("jakarta.faces.ViewState", viewState);
        HttpResponse<String> posted = priya.post("people/search.xhtml", form);
        assertEquals(302, posted.statusCode(), "sent back to the page, not the error page: " + posted.body());
        String location = posted.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("people/search.xhtml"), location);
        HttpResponse<String> again = priya.get(location.substring(location.indexOf("people/")));
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("This page had expired"), "the page says why the form was not sent");
        assertFalse(priya.get("people/search.xhtml").body().contains("This page had expired"), "said once only");
    }

    /**
     * A child's record left open while many other pages were opened: its form, posted, finds the page expired and
     * loads the same child's record again, saying why, instead of answering that there is no such record.
     */
    @Test
    void aRecordPostedAfterManyOtherPagesLoadsTheSameChildAgain() throws Exception {
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        String child = children(priya.get("index.xhtml").body()).get(0);
        String record = priya.get("case/child.xhtml?id=" + child).body();
        String name = heading(record);
        Matcher action = CHRONOLOGY_FORM_ACTION.matcher(record);
        assertTrue(action.find(), "the record has its chronology form");
        String formId = action.group(1);
        String postTo = action.group(2).replace("&amp;", "&");
        String viewState = PortalSession.viewState(record);
        for (int i = 0; i < 30; i++) {
            assertEquals(200, priya.get(i % 2 == 0 ? "index.xhtml" : "people/search.xhtml").statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.put(formId + ":category", "");
        form.put(formId + ":filter", "Filter");
        form.put("jakarta.faces.ViewState", viewState);
        HttpResponse<String> posted = priya.post(postTo.substring(postTo.indexOf("case/")), form);
        assertEquals(302, posted.statusCode(), "sent back to the record, not the error page: " + posted.body());
        String location = posted.headers().firstValue("Location").orElse("");
        HttpResponse<String> again = priya.get(location.substring(location.indexOf("case/")));
        assertEquals(200, again.statusCode(), "the record loads again at " + location);
        assertEquals(name, heading(again.body()), "the same child's record");
        assertTrue(again.body().contains("This page had expired"), "the page says why the filter was not applied");
    }

    /**
     * A member of staff opening several records in tabs at once: one session asks for several pages together, more
     * than the session keeps views for, so each page's view is made while others are still being drawn. Every page
     * answers whole and shows the child asked for, never another child nor "no record".
     */
    @Test
    void pagesAskedForTogetherInOneSessionEachShowWhatWasAskedFor() throws Exception {
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        Map<String, String> headings = new LinkedHashMap<>();
        for (String child : children(priya.get("index.xhtml").body())) {
            headings.put("case/child.xhtml?id=" + child, heading(priya.get("case/child.xhtml?id=" + child).body()));
        }
        assertTrue(headings.size() >= 2, "Priya has several children on her caseload: " + headings.keySet());
        headings.put("people/search.xhtml", "Find a person");
        headings.put("work/my-work.xhtml", heading(priya.get("work/my-work.xhtml").body()));
        List<String> pages = List.copyOf(headings.keySet());

        int threads = 6;
        int eachAsks = 12;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Future<?>> asking = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            asking.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < eachAsks; i++) {
                    String page = pages.get((thread + i) % pages.size());
                    HttpResponse<String> answer = priya.get(page);
                    answered.incrementAndGet();
                    String shown = answer.statusCode() == 200 ? heading(answer.body()) : null;
                    if (answer.statusCode() != 200 || !headings.get(page).equals(shown)) {
                        wrong.add(page + " answered " + answer.statusCode() + " showing " + shown);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (java.util.concurrent.Future<?> each : asking) {
            each.get(2, java.util.concurrent.TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertEquals(threads * eachAsks, answered.get());
        assertEquals(List.of(), wrong, wrong.size() + " of " + answered.get() + " pages asked for together went wrong");
    }

    private static String heading(String html) {
        Matcher heading = PAGE_HEADING.matcher(html);
        return heading.find() ? heading.group(1).trim() : null;
    }

    /**
     * The session store (persistenceScope modified-session) saves a session only after a request that set or
     * removed one of its attributes: style sheets and My work (a stateless page) set none, a page that keeps its
     * view does, and only then is the session serialised.
     */
    @Test
    void onlyARequestThatChangesTheSessionSavesIt() throws Exception {
        PortalSession priya = PortalSession.signIn(portal.toURI(), "priya.shah", PASSWORD);
        String home = priya.get("index.xhtml").body();
        String child = children(home).get(0);
        Matcher css = STYLE_SHEET.matcher(home);
        assertTrue(css.find(), "the home page links its style sheet");
        String styleSheet = css.group(1).replace("&amp;", "&");
        String id = sessionId(priya);
        SessionsSeen.SaveCounter counter = SessionsSeen.countSaves(id);
        assertEquals(200, priya.get("index.xhtml").statusCode());
        int saves = counter.saves();
        SessionsSeen.attributesSetSince(id);

        for (int i = 0; i < 5; i++) {
            assertEquals(200, priya.getBytes(styleSheet).statusCode());
            assertEquals(200, priya.get("work/my-work.xhtml").statusCode());
        }
        assertEquals(List.of(), SessionsSeen.attributesSetSince(id),
                "style sheets and My work (kept nowhere) set nothing in the session, so the store does not save it");
        assertEquals(saves, counter.saves(), "nor was it serialised");

        assertEquals(200, priya.get("case/child.xhtml?id=" + child).statusCode());
        List<String> set = SessionsSeen.attributesSetSince(id);
        System.out.printf("SESSION SAVES: %d serialisations in all; the child's record set %s%n", counter.saves(), set);
        assertFalse(set.isEmpty(), "the child's record keeps its view, so the session changed and is saved whole");
    }

    private static String sessionId(PortalSession session) {
        String id = session.cookie("JSESSIONID");
        return id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
    }

    private static void assertSmall(String who, PortalSession session) throws Exception {
        String id = session.cookie("JSESSIONID");
        Map<String, Integer> sizes = SessionsSeen.attributeSizes(id.contains(".") ? id.substring(0, id.indexOf('.')) : id);
        int total = sizes.values().stream().mapToInt(Integer::intValue).sum();
        String line = String.format("SESSION SIZE: %s %,d bytes serialised in %d attributes: %s%n", who, total,
                sizes.size(), sizes);
        System.out.print(line);
        // Also beside the test portal's data directory, where the build's output can find it.
        java.nio.file.Path figures = java.nio.file.Path.of(System.getProperty("harbour.data.dir", "."))
                .resolveSibling("session-sizes.txt");
        java.nio.file.Files.writeString(figures, line, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        assertTrue(total < MAX_BYTES, who + "'s session is " + total + " bytes serialised: " + sizes);
    }

    private static List<String> children(String html) {
        List<String> ids = new ArrayList<>();
        Matcher link = CHILD_LINK.matcher(html);
        while (link.find()) {
            if (!ids.contains(link.group(1))) {
                ids.add(link.group(1));
            }
        }
        return ids;
    }
}
