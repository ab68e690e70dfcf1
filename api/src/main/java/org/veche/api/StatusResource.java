package org.veche.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Whether the server is up and which version it runs. */
@Path("/api/status")
public class StatusResource {

    public record Status(String name, String version) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Status status() {
        return new Status("veche", StatusResource.class.getPackage().getImplementationVersion() == null
                ? "dev" : StatusResource.class.getPackage().getImplementationVersion());
    }
}
