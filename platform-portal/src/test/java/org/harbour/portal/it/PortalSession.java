package org.harbour.portal.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A member of staff signed in to the portal over plain HTTP, through the real login form. */
public final class PortalSession {

    /** The header by which the REST API tells a program's write from a forged cross-site one. */
    public static final String REQUESTED_BY = "X-Requested-By";
    public static final String REQUESTED_BY_VALUE = "harbour";

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    /** The form field in which PrimeFaces' script sends the page's CSP nonce back. */
    public static final String NONCE_FIELD = "primefaces.nonce";

    private final URI base;
    private final HttpClient client;
    private final Map<String, String> nonces = new java.util.concurrent.ConcurrentHashMap<>();

    private PortalSession(URI base) {
        this.base = base;
        // Plain HTTP/1.1, as the load balancer speaks to the portal. Over cleartext HTTP/2 (h2c), which no
        // deployment uses, Payara drops the connection when it answers before reading a large body (a 413, the
        // sign-in redirect) and the client sees only EOF; the slow first /openapi was dropped the same way.
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in; fails unless the portal accepts the credentials. */
    public static PortalSession signIn(URI portal, String username, String password) throws IOException, InterruptedException {
        PortalSession session = new PortalSession(portal);
        HttpResponse<String> form = session.get("login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login-form", "login-form");
        fields.put("username", username);
        fields.put("password", password);
        fields.put("sign-in", "Sign in");
        fields.put("jakarta.faces.ViewState", viewState(form.body()));
        HttpResponse<String> result = session.post("login.xhtml", fields);
        if (result.statusCode() != 302 || result.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
            throw new IllegalStateException("Sign-in as " + username + " failed: HTTP " + result.statusCode());
        }
        return session;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return page(client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return post(path, java.util.List.copyOf(fields.entrySet()));
    }

    /** Sends a JSON body with POST, asking for JSON back. */
    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return sendJson("POST", path, json);
    }

    /** Sends a JSON body with PUT, asking for JSON back. */
    public HttpResponse<String> putJson(String path, String json) throws IOException, InterruptedException {
        return sendJson("PUT", path, json);
    }

    /** Posts raw bytes, e.g. a file, with the given headers. */
    public HttpResponse<String> postBytes(String path, byte[] body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header(REQUESTED_BY, REQUESTED_BY_VALUE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Sends a JSON body with the given method (POST, PUT...), as an API client does: with the header
     * {@code X-Requested-By: harbour} that the API asks of every write. Extra headers as name, value pairs.
     */
    public HttpResponse<String> sendJson(String method, String path, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header(REQUESTED_BY, REQUESTED_BY_VALUE)
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends any request as this member of staff: the address relative to the portal (already encoded), the body
     * (or {@code noBody()}) and headers as name, value pairs. Writes carry the header the API asks of them.
     */
    public HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).method(method, body)
                .timeout(Duration.ofMinutes(1));
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            request.header(REQUESTED_BY, REQUESTED_BY_VALUE);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends exactly the headers given (name, value pairs), nothing added: for tests of what the API refuses. */
    public HttpResponse<String> sendRaw(String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("No Faces view state in the page");
        }
        return m.group(1);
    }

    /** A session that has not signed in: for sign-in attempts that may be refused. */
    public static PortalSession anonymous(URI portal) {
        return new PortalSession(portal);
    }


    /** Fills in and submits the login form, returning the portal's answer whatever it is. */
    public HttpResponse<String> submitLogin(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login-form", "login-form");
        fields.put("username", username);
        fields.put("password", password);
        fields.put("sign-in", "Sign in");
        fields.put("jakarta.faces.ViewState", viewState(form.body()));
        return post("login.xhtml", fields);
    }

    /** The value of a cookie the portal has set in this session, or null. */
    public String cookie(String name) {
        return client.cookieHandler().map(h -> (CookieManager) h).orElseThrow().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Posts a form whose fields may repeat, as groups of checkboxes do. */
    public HttpResponse<String> post(String path, java.util.List<Map.Entry<String, String>> fields)
            throws IOException, InterruptedException {
        String body = withNonce(fields).stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return page(client.send(HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /** The CSP nonce of the page that held this view state, for forms a test encodes itself (multipart). */
    public String nonceFor(String viewState) {
        return nonces.get(viewState);
    }

    /** Notes which CSP nonce each Faces view was given, as PrimeFaces' script in a browser does. */
    private HttpResponse<String> page(HttpResponse<String> response) {
        String html = response.body();
        Matcher nonce = CSP_NONCE.matcher(html);
        if (nonce.find()) {
            Matcher state = VIEW_STATE.matcher(html);
            while (state.find()) {
                nonces.put(state.group(1), nonce.group(1));
            }
        }
        return response;
    }

    /**
     * A browser posts a form with the page's CSP nonce, which PrimeFaces' script adds to every form; the
     * portal refuses a post back that lacks it. Added here unless the test gives one.
     */
    private java.util.List<Map.Entry<String, String>> withNonce(java.util.List<Map.Entry<String, String>> fields) {
        String nonce = fields.stream().filter(f -> f.getKey().equals("jakarta.faces.ViewState"))
                .map(f -> nonces.get(f.getValue())).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (nonce == null || fields.stream().anyMatch(f -> f.getKey().equals(NONCE_FIELD))) {
            return fields;
        }
        java.util.List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
        all.add(Map.entry(NONCE_FIELD, nonce));
        return all;
    }
}
