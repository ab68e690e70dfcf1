package org.veche.api.mandate;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.veche.api.mandate.MandateBodies.Issued;
import org.veche.api.mandate.MandateBodies.NewMandate;
import org.veche.api.problem.ProblemException;
import org.veche.api.security.Authenticator;
import org.veche.api.security.Caller;

/** An assembly mandates a delegate to answer for it, and revokes the mandate. */
@Path("/api/cycles/{id}/mandates")
public class MandateResource {

    @Inject
    MandateService service;

    @Inject
    Authenticator auth;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mandate a delegate (the calling assembly): rounds {from, to}, instructions"
            + " {acceptIf: {priority, minShare}}; returns the delegate's token once")
    @APIResponse(responseCode = "201", description = "Issued")
    @APIResponse(responseCode = "400", description = "Invalid rounds or instructions")
    @APIResponse(responseCode = "401", description = "No or unknown token")
    @APIResponse(responseCode = "403", description = "Not an assembly of this cycle")
    public Response issue(@PathParam("id") String id, NewMandate body,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Caller caller = requireAssembly(id, authorization);
        Issued issued = service.issue(id, body, caller);
        return Response.created(URI.create("/api/cycles/" + id + "/mandates/" + issued.id())).entity(issued).build();
    }

    @DELETE
    @Path("/{mandateId}")
    @Operation(summary = "Revoke a mandate (the assembly that issued it); at once and for good")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "This assembly has no such mandate")
    public Response revoke(@PathParam("id") String id, @PathParam("mandateId") String mandateId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        service.revoke(id, mandateId, requireAssembly(id, authorization));
        return Response.noContent().build();
    }

    private Caller requireAssembly(String id, String authorization) {
        Caller caller = auth.identify(Optional.of(id), authorization);
        return switch (caller.kind()) {
            case ASSEMBLY -> caller;
            case ANYONE -> throw ProblemException.unauthorized("Only an assembly of the cycle may mandate a delegate;"
                    + " send its token.");
            case PLANNER, DELEGATE -> throw ProblemException.forbidden("Only an assembly itself may mandate or"
                    + " revoke; " + caller.actor() + " may not.");
        };
    }
}
