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
