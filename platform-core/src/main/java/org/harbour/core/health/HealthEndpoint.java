package org.harbour.core.health;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.harbour.core.access.application.CurrentAccess;
import org.harbour.core.access.web.CorePageGuards;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * MicroProfile Health at {@code /health}, {@code /health/live}, {@code /health/ready} and
 * {@code /health/started}, served by the portal itself instead of Payara: 200 when every check of
 * the group is up, 503 otherwise, as the MicroProfile Health protocol says. A load balancer or
 * anyone else gets only that ({@code {"status":"UP"}}); the checks and their data (database
 * product, schema versions, heap) only a signed-in administrator, since they help an attacker.
 *
 * <p>Payara Micro registers its own health servlet in an application at the server's root unless
 * that application maps {@code /health} itself, which this servlet does; deployed at any other
 * context root, switch Payara's endpoint off (docs/operations.md).
 */
@WebServlet(name = "HarbourHealth", urlPatterns = {"/health", "/health/*"})
public class HealthEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(HealthEndpoint.class.getName());

    private static final Map<String, List<Annotation>> GROUPS = Map.of(
            "", List.of(Liveness.Literal.INSTANCE, Readiness.Literal.INSTANCE, Startup.Literal.INSTANCE),
            "/live", List.of(Liveness.Literal.INSTANCE),
            "/ready", List.of(Readiness.Literal.INSTANCE),
            "/started", List.of(Startup.Literal.INSTANCE));

    @Inject
    @Any
    private Instance<HealthCheck> checks;

    @Inject
    private CurrentAccess access;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String group = request.getPathInfo() == null || "/".equals(request.getPathInfo()) ? "" : request.getPathInfo();
        List<Annotation> qualifiers = GROUPS.get(group);
        if (qualifiers == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<HealthCheckResponse> results = call(qualifiers);
        boolean up = results.stream().allMatch(r -> r.getStatus() == HealthCheckResponse.Status.UP);
        JsonObjectBuilder body = Json.createObjectBuilder().add("status", up ? "UP" : "DOWN");
        if (request.getUserPrincipal() != null && access.has(CorePageGuards.ADMINISTER)) {
            body.add("checks", details(results));
        }
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.build().toString());
    }

    /** Each check of the groups once (a check may be both live and ready); one that throws is down. */
    private List<HealthCheckResponse> call(List<Annotation> qualifiers) {
        Map<Bean<?>, Instance.Handle<HealthCheck>> handles = new LinkedHashMap<>();
        for (Annotation qualifier : qualifiers) {
            checks.select(qualifier).handles().forEach(handle -> handles.putIfAbsent(handle.getBean(), handle));
        }
        List<HealthCheckResponse> results = new ArrayList<>();
        handles.forEach((bean, handle) -> {
            try {
                results.add(handle.get().call());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Health check " + bean.getBeanClass().getName() + " failed", e);
                results.add(HealthCheckResponse.down(bean.getBeanClass().getName()));
            } finally {
                if (bean.getScope() == Dependent.class) {
                    handle.destroy();
                }
            }
        });
        return results;
    }

    private static JsonArrayBuilder details(List<HealthCheckResponse> results) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (HealthCheckResponse result : results) {
            JsonObjectBuilder check = Json.createObjectBuilder()
                    .add("name", result.getName())
                    .add("status", result.getStatus().name());
            result.getData().ifPresent(data -> {
                JsonObjectBuilder values = Json.createObjectBuilder();
                data.forEach((key, value) -> {
                    if (value instanceof Boolean b) {
                        values.add(key, b);
                    } else if (value instanceof Long n) {
                        values.add(key, n);
                    } else {
                        values.add(key, String.valueOf(value));
                    }
                });
                check.add("data", values);
            });
            list.add(check);
        }
        return list;
    }
}
