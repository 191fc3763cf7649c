package org.harbour.portal.testmodule.greeting.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.harbour.portal.testmodule.greeting.application.HelloGreetings;

/** The hello module's REST endpoint, under /api/hello/ like every module's. */
@Path("/hello/greeting")
@RequestScoped
public class HelloResource {

    @Inject
    private HelloGreetings greetings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject greeting() {
        return Json.createObjectBuilder().add("greeting", greetings.getGreeting()).build();
    }
}
