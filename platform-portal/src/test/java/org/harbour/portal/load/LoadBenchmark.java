package org.harbour.portal.load;

import org.harbour.portal.it.PortalSession;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark of the portal: signs in N sessions over the demo accounts, walks each through the
 * portal (records, My work, search, scorecards, home) so the sessions weigh what real ones do, then
 * drives each page in turn and then all of them together from a fixed pool of threads, and prints
 * req/s, p50/p95/p99, errors and each page's p95 against the static resource's. Never part of the
 * test command: {@code ./mvnw -o -q -pl platform-portal -am -Pload-benchmark -DskipTests verify}.
 *
 * <p>Settings (system properties): {@code load.sessions} (50), {@code load.seconds} per phase (20),
 * {@code load.threads} (as many as sessions), {@code load.rounds} of the walk (2), {@code load.pages} (the pages to
 * drive, by the names printed; all by default), {@code load.warmup-seconds} (1800 at most: all the pages at once, in
 * rounds of {@code load.warmup-round-seconds} (60), before anything is measured, until their throughput settles, so
 * Java's optimising compiler has compiled what the pages run; see {@link #warmUp}), {@code load.think-ms} (5000: the pause between a session's pages in the
 * last phase, at a member of staff's pace; 0 leaves that phase out) and {@code load.paced-seconds} (60), {@code load.url} to drive a
 * portal or load balancer already running with the demo data (otherwise one portal is started from the built
 * WAR, {@code --nocluster}, with {@code load.java-options}, default {@code -Xmx1g}), {@code load.accounts}.
 */
public final class LoadBenchmark {

    /** The style sheet every phase drives beside the pages, and every p95 is set against. */
    private static final String STATIC = "static resource";
    private static final String PASSWORD = System.getProperty("load.password", "Harbour-demo-2026");
    private static final List<String> ACCOUNTS = List.of(System.getProperty("load.accounts",
            "priya.shah,tom.okafor,dan.hughes,grace.lee,helen.ward,olivia.brown").split(","));
    private static final Pattern CHILD_LINK = Pattern.compile("case/child.xhtml\\?id=(\\d+)");
    private static final Pattern STYLE_SHEET = Pattern.compile("href=\"[^\"]*?(jakarta.faces.resource/[^\"]+\\.css[^\"]*)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String[] FAMILY_NAMES = {"Smith", "Jones", "Taylor", "Brown", "Khan", "Patel", "Evans"};

    private final URI base;
    private final int threads;
    private final long phaseNanos;
    private final List<Walker> walkers = new ArrayList<>();
    private String styleSheet;

    private LoadBenchmark(URI base, int threads, int seconds) {
        this.base = base;
        this.threads = threads;
        this.phaseNanos = TimeUnit.SECONDS.toNanos(seconds);
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        int sessions = Integer.getInteger("load.sessions", 50);
        int threads = Integer.getInteger("load.threads", sessions);
        int seconds = Integer.getInteger("load.seconds", 20);
        int rounds = Integer.getInteger("load.rounds", 2);
        String url = System.getProperty("load.url", "");
        Path work = root.resolve("platform-portal/target/load");
        Files.createDirectories(work);
        StringBuilder report = new StringBuilder();
        if (!url.isBlank()) {
            report.append(String.format("Load benchmark of %s: %d sessions, %d threads, %d s per phase%n",
                    url, sessions, threads, seconds));
            new LoadBenchmark(URI.create(url.endsWith("/") ? url : url + "/"), threads, seconds)
                    .run(sessions, rounds, null, report);
        } else {
            String javaOptions = System.getProperty("load.java-options", "-Xmx1g");
            System.out.println("Starting a portal (" + javaOptions + "), log in " + work.resolve("portal.log"));
            long started = System.nanoTime();
            Path war = Path.of(System.getProperty("load.war", root.resolve("platform-portal/target/harbour.war").toString()));
            try (BenchmarkPortal portal = BenchmarkPortal.start(war,
                    root.resolve("platform-portal/target/payara-micro.jar"), work, javaOptions)) {
                report.append(String.format("Load benchmark of one portal (--nocluster, Derby, %s, ready in %d s): "
                                + "%d sessions, %d threads, %d s per phase%n", javaOptions,
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), sessions, threads, seconds));
                new LoadBenchmark(portal.base(), threads, seconds).run(sessions, rounds, portal, report);
            }
        }
        Path file = work.resolve("load-" + Instant.now().toString().replace(':', '-') + ".txt");
        Files.writeString(file, report, StandardOpenOption.CREATE_NEW);
        System.out.println("Written to " + file);
    }

    private void run(int sessions, int rounds, BenchmarkPortal portal, StringBuilder report) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long heapBefore = portal == null ? -1 : portal.liveHeapBytes();
            signIn(pool, sessions);
            walk(pool, rounds);
            if (portal != null) {
                long heapAfter = portal.liveHeapBytes();
                say(report, String.format("Live heap: %,d KB before sign-in, %,d KB after the walk: %,d KB per signed-in user%n",
                        heapBefore / 1024, heapAfter / 1024, (heapAfter - heapBefore) / 1024 / sessions));
            }
            say(report, String.format("Style sheet: /%s; children per walker: %s%n", styleSheet,
                    walkers.stream().map(w -> w.account + "=" + w.children.size()).distinct().toList()));
            List<Target> targets = targets().stream().filter(t -> chosen(t.name)).toList();
            warmUp(pool, targets, report);
            Map<String, Latencies> alone = new LinkedHashMap<>();
            for (Target target : targets) {
                Latencies latencies = new Latencies(target.name);
                drive(pool, List.of(target), Map.of(target.name, latencies), phaseNanos);
                alone.put(target.name, latencies);
            }
            say(report, table("Each page alone, all threads on it, one request per session at a time", alone));
            Map<String, Latencies> mixed = latenciesOf(targets);
            drive(pool, targets, mixed, phaseNanos);
            say(report, table("All pages at once, each thread taking them in turn, one request per session at a time", mixed));
            long thinkMillis = Long.getLong("load.think-ms", 5000);
            if (thinkMillis > 0) {
                Map<String, Latencies> paced = latenciesOf(targets);
                int pacedSeconds = Integer.getInteger("load.paced-seconds", 60);
                drivePaced(targets, paced, thinkMillis, pacedSeconds);
                say(report, table(String.format("At a member of staff's pace: each of the %d sessions opens the pages it may "
                        + "in turn, reading each for %.1f to %.1f s (%d s)", walkers.size(), thinkMillis / 2000.0,
                        thinkMillis * 1.5 / 1000, pacedSeconds), paced));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * All the pages at once, in rounds, until the pages' throughput stops rising: on two cores under load Java's
     * optimising compiler takes many minutes (a queue of thousands of methods) to compile what the pages run, and a
     * page measured before then is measured with it. Settled is two rounds in a row that rose less than
     * {@code load.warmup-settled} (0.05) over the best round before them; {@code load.warmup-seconds} (1800) caps it.
     */
    private void warmUp(ExecutorService pool, List<Target> targets, StringBuilder report) throws Exception {
        int capSeconds = Integer.getInteger("load.warmup-seconds", 1800);
        if (capSeconds <= 0) {
            return;
        }
        int roundSeconds = Math.min(capSeconds, Integer.getInteger("load.warmup-round-seconds", 60));
        double settledShare = Double.parseDouble(System.getProperty("load.warmup-settled", "0.05"));
        say(report, String.format("%nWarm-up, not counted in what follows: all pages at once, %d s rounds, until the pages' "
                + "requests a second rise less than %.0f%% two rounds in a row (at most %d s)%n", roundSeconds,
                settledShare * 100, capSeconds));
        double best = 0;
        int flat = 0;
        int spent = 0;
        Map<String, Latencies> round = Map.of();
        while (flat < 2 && spent + roundSeconds <= capSeconds) {
            round = latenciesOf(targets);
            drive(pool, targets, round, TimeUnit.SECONDS.toNanos(roundSeconds));
            spent += roundSeconds;
            double pages = round.values().stream().filter(l -> !STATIC.equals(l.name()))
                    .mapToDouble(l -> l.count() / l.elapsedSeconds).sum();
            flat = best > 0 && pages < best * (1 + settledShare) ? flat + 1 : 0;
            best = Math.max(best, pages);
            say(report, String.format("  after %4d s: the pages %.1f req/s%n", spent, pages));
        }
        say(report, table(String.format("Last warm-up round (%s after %d s)", flat >= 2 ? "settled" : "not settled, stopped",
                spent), round));
    }

    /** An empty record of each target's answers for one phase, in the targets' order. */
    private static Map<String, Latencies> latenciesOf(List<Target> targets) {
        Map<String, Latencies> phase = new LinkedHashMap<>();
        targets.forEach(t -> phase.put(t.name, new Latencies(t.name)));
        return phase;
    }

    private void signIn(ExecutorService pool, int sessions) throws Exception {
        // Each account's first sign-in alone: the first sign-ins of one account at the same moment deadlock on
        // Derby (its sign-in record's insert against the audit trail's head row) and one of them answers 500.
        for (int i = 0; i < Math.min(sessions, ACCOUNTS.size()); i++) {
            walkers.add(new Walker(ACCOUNTS.get(i), PortalSession.signIn(base, ACCOUNTS.get(i), PASSWORD)));
        }
        List<Callable<Walker>> signIns = new ArrayList<>();
        for (int i = walkers.size(); i < sessions; i++) {
            String account = ACCOUNTS.get(i % ACCOUNTS.size());
            signIns.add(() -> new Walker(account, PortalSession.signIn(base, account, PASSWORD)));
        }
        for (Future<Walker> walker : pool.invokeAll(signIns)) {
            walkers.add(walker.get());
        }
    }

    /** Every session opens what its member of staff would in a morning, so its session holds what a real one does. */
    private void walk(ExecutorService pool, int rounds) throws Exception {
        List<Callable<Void>> walks = new ArrayList<>();
        for (Walker walker : walkers) {
            walks.add(() -> {
                String home = walker.expect("index.xhtml");
                Matcher child = CHILD_LINK.matcher(home);
                while (child.find()) {
                    if (!walker.children.contains(child.group(1))) {
                        walker.children.add(child.group(1));
                    }
                }
                Matcher css = STYLE_SHEET.matcher(home);
                if (css.find()) {
                    styleSheet = css.group(1).replace("&amp;", "&");
                }
                walker.mayUse("work", walker.session.get("work/my-work.xhtml"));
                walker.mayUse("search", walker.session.get("people/search.xhtml"));
                walker.mayUse("scorecard", walker.session.get("performance/scorecard.xhtml"));
                for (int round = 0; round < rounds; round++) {
                    for (String id : walker.children) {
                        walker.expect("case/child.xhtml?id=" + id);
                    }
                    if (walker.may.contains("work")) {
                        walker.expect("work/my-work.xhtml");
                    }
                    if (walker.may.contains("search")) {
                        walker.search(round);
                    }
                    if (walker.may.contains("scorecard")) {
                        for (int month = 1; month <= 3; month++) {
                            walker.expect("performance/scorecard.xhtml?to=" + YearMonth.now().minusMonths(month + round * 3L));
                        }
                    }
                    walker.expect("index.xhtml");
                }
                return null;
            });
        }
        for (Future<Void> walk : pool.invokeAll(walks)) {
            walk.get();
        }
        if (styleSheet == null) {
            throw new IllegalStateException("No style sheet linked from the home page");
        }
    }

    private List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        targets.add(new Target(STATIC, capable(w -> true), (w, i) -> w.timed(styleSheet, false)));
        targets.add(new Target("child's record", capable(w -> !w.children.isEmpty()),
                (w, i) -> w.timed("case/child.xhtml?id=" + w.children.get(i % w.children.size()), true)));
        targets.add(new Target("My work", capable(w -> w.may.contains("work")), (w, i) -> w.timed("work/my-work.xhtml", true)));
        targets.add(new Target("scorecard", capable(w -> w.may.contains("scorecard")),
                (w, i) -> w.timed("performance/scorecard.xhtml", true)));
        targets.add(new Target("people search", capable(w -> w.may.contains("search")), new Request() {
            @Override
            public String send(Walker walker, int iteration) throws Exception {
                return walker.timedSearch(iteration);
            }

            /** A fresh search page each time: a page opened more than four pages ago has expired. */
            @Override
            public void prepare(Walker walker) throws Exception {
                walker.openSearch();
            }
        }));
        return targets;
    }

    /** {@code load.pages}: which pages to drive (names as printed, comma-separated); the static resource always. */
    private static boolean chosen(String page) {
        String pages = System.getProperty("load.pages", "");
        return pages.isBlank() || STATIC.equals(page)
                || List.of(pages.split(",")).stream().map(String::trim).anyMatch(page::equalsIgnoreCase);
    }

    private List<Walker> capable(java.util.function.Predicate<Walker> able) {
        List<Walker> found = walkers.stream().filter(able).toList();
        if (found.isEmpty()) {
            throw new IllegalStateException("No signed-in account reaches a page the benchmark drives");
        }
        return found;
    }

    /** Every thread asks for the targets in turn, as fast as answers come, for one phase. */
    private void drive(ExecutorService pool, List<Target> targets, Map<String, Latencies> into, long nanos) throws Exception {
        long end = System.nanoTime() + nanos;
        long started = System.nanoTime();
        List<Callable<Void>> drivers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            drivers.add(() -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    Target target = targets.get((thread + i) % targets.size());
                    Walker walker = claim(target, thread);
                    if (walker == null) {
                        // Everyone who may open this page is busy with another: as a person would, wait, or
                        // (with all pages at once) take the next page.
                        i++;
                        Thread.sleep(1);
                        continue;
                    }
                    try {
                        timed(target, walker, i, into.get(target.name));
                    } finally {
                        walker.busy.set(false);
                    }
                    i++;
                }
                return null;
            });
        }
        for (Future<Void> driver : pool.invokeAll(drivers)) {
            driver.get();
        }
        into.values().forEach(l -> l.elapsedSeconds = (System.nanoTime() - started) / 1e9);
    }

    /** One request of the target's, its preparation untimed; answered or failed, it is counted. */
    private static void timed(Target target, Walker walker, int iteration, Latencies into) {
        long start = System.nanoTime();
        String problem;
        try {
            target.request.prepare(walker);
            start = System.nanoTime();
            problem = target.request.send(walker, iteration);
        } catch (Exception e) {
            problem = e.toString();
        }
        long took = System.nanoTime() - start;
        if (problem == null) {
            into.record(took);
        } else {
            into.error(took, problem);
        }
    }

    /**
     * Each session on its own thread, as its member of staff: a page, then a pause to read it (between half and one and
     * a half times {@code thinkMillis}), then the next page it may open. The load is then what that many staff make,
     * not as many requests as the portal can answer, so the latencies are those staff would meet.
     */
    private void drivePaced(List<Target> targets, Map<String, Latencies> into, long thinkMillis, int seconds) throws Exception {
        long started = System.nanoTime();
        long end = started + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService staff = Executors.newFixedThreadPool(walkers.size());
        try {
            List<Callable<Void>> people = new ArrayList<>();
            for (int w = 0; w < walkers.size(); w++) {
                Walker walker = walkers.get(w);
                List<Target> own = targets.stream().filter(t -> t.walkers.contains(walker)).toList();
                java.util.Random random = new java.util.Random(w);
                int first = w;
                people.add(() -> {
                    // Staff do not all start at the same moment.
                    Thread.sleep(random.nextLong(thinkMillis + 1));
                    for (int i = first; System.nanoTime() < end; i++) {
                        Target target = own.get(i % own.size());
                        timed(target, walker, i, into.get(target.name));
                        Thread.sleep(thinkMillis / 2 + random.nextLong(thinkMillis + 1));
                    }
                    return null;
                });
            }
            for (Future<Void> person : staff.invokeAll(people)) {
                person.get();
            }
        } finally {
            staff.shutdownNow();
        }
        into.values().forEach(l -> l.elapsedSeconds = (System.nanoTime() - started) / 1e9);
    }

    /**
     * A session free to ask for the page, taken for one request: a member of staff asks for one page at a time, and
     * the portal serves a session's pages one at a time, so two threads on one session would measure that wait.
     */
    private static Walker claim(Target target, int thread) {
        int size = target.walkers.size();
        for (int k = 0; k < size; k++) {
            Walker walker = target.walkers.get((thread + k) % size);
            if (walker.busy.compareAndSet(false, true)) {
                return walker;
            }
        }
        return null;
    }

    private static String table(String title, Map<String, Latencies> results) {
        double staticP95 = results.get(STATIC).percentileMillis(0.95);
        StringBuilder out = new StringBuilder(String.format("%n%s%n", title));
        out.append(String.format("| %-16s | %8s | %8s | %8s | %8s | %8s | %6s | %-13s |%n",
                "page", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "p95 / static"));
        out.append("|------------------|---------:|---------:|---------:|---------:|---------:|-------:|---------------|\n");
        for (Latencies l : results.values()) {
            double p95 = l.percentileMillis(0.95);
            out.append(String.format("| %-16s | %8d | %8.1f | %8.0f | %8.0f | %8.0f | %6d | %-13s |%n", l.name(),
                    l.count(), l.count() / l.elapsedSeconds, l.percentileMillis(0.5), p95, l.percentileMillis(0.99),
                    l.errors(), String.format("%.1f", p95 / staticP95)));
        }
        results.values().stream().filter(l -> l.firstError() != null)
                .forEach(l -> out.append("  first error on ").append(l.name()).append(": ").append(l.firstError()).append('\n'));
        return out.toString();
    }

    private static void say(StringBuilder report, String text) {
        System.out.print(text);
        report.append(text);
    }

    @FunctionalInterface
    private interface Request {
        /** Sends one request; null when it was answered as it should be, otherwise what was wrong. */
        String send(Walker walker, int iteration) throws Exception;

        /** What the request needs first and is not timed (the page a form is posted from). */
        default void prepare(Walker walker) throws Exception {
        }
    }

    private record Target(String name, List<Walker> walkers, Request request) {
    }

    /** One signed-in session and what its member of staff may open. */
    private static final class Walker {
        final String account;
        final PortalSession session;
        final List<String> children = new ArrayList<>();
        final java.util.Set<String> may = new java.util.HashSet<>();
        /** Taken by the thread asking for a page with this session; no two requests of a session at once. */
        final java.util.concurrent.atomic.AtomicBoolean busy = new java.util.concurrent.atomic.AtomicBoolean();
        /** Per thread: several threads drive one session, one after another. */
        private final ThreadLocal<String> searchViewState = new ThreadLocal<>();

        Walker(String account, PortalSession session) {
            this.account = account;
            this.session = session;
        }

        String expect(String path) throws Exception {
            HttpResponse<String> page = session.get(path);
            String problem = problem(page);
            if (problem != null) {
                throw new IllegalStateException(account + " " + path + ": " + problem);
            }
            return page.body();
        }

        void mayUse(String what, HttpResponse<String> page) {
            if (problem(page) == null) {
                may.add(what);
            }
        }

        String timed(String path, boolean page) throws Exception {
            HttpResponse<String> answer = session.get(path);
            return page ? problem(answer) : answer.statusCode() == 200 ? null : "HTTP " + answer.statusCode();
        }

        void openSearch() throws Exception {
            searchViewState.set(viewState(session.get("people/search.xhtml").body()));
        }

        /** A search by family name posted from the search page opened just before, as the front door does. */
        String timedSearch(int iteration) throws Exception {
            String viewState = searchViewState.get();
            if (viewState == null) {
                return "no search form";
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("search-form", "search-form");
            form.put("search-form:familyName", FAMILY_NAMES[iteration % FAMILY_NAMES.length]);
            form.put("search-form:search", "Search");
            form.put("jakarta.faces.ViewState", viewState);
            searchViewState.remove();
            return problem(session.post("people/search.xhtml", form));
        }

        void search(int round) throws Exception {
            openSearch();
            String problem = timedSearch(round);
            if (problem != null) {
                throw new IllegalStateException(account + " search: " + problem);
            }
        }

        private static String problem(HttpResponse<String> page) {
            if (page.statusCode() != 200) {
                return "HTTP " + page.statusCode();
            }
            if (page.body().contains("id=\"login-form\"")) {
                return "signed out";
            }
            return null;
        }

        private static String viewState(String html) {
            Matcher m = VIEW_STATE.matcher(html);
            return m.find() ? m.group(1) : null;
        }
    }
}
