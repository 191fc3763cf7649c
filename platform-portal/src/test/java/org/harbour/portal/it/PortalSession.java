package org.harbour.portal.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A member of staff signed in to the portal over plain HTTP, through the real login form. */
public final class PortalSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client;

    private PortalSession(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
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
        return client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a JSON body with POST, asking for JSON back. */
    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return sendJson("POST", path, json);
    }

    /** Sends a JSON body with PUT, asking for JSON back. */
    public HttpResponse<String> putJson(String path, String json) throws IOException, InterruptedException {
        return sendJson("PUT", path, json);
    }

    private HttpResponse<String> sendJson(String method, String path, String json) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("No Faces view state in the page");
        }
        return m.group(1);
    }
}
