package org.veche.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.veche.api.problem.ProblemException;
import org.veche.api.store.Assemblies;
import org.veche.api.store.Mandates;

/**
 * Deny by default: resolves the bearer token of a request to a {@link Caller} and enforces who may
 * do what. An assembly acts only for itself; a planner never for an assembly.
 */
@ApplicationScoped
public class Authenticator {

    private static final String BEARER = "Bearer ";

    @Inject
    PlannerToken plannerToken;

    @Inject
    Assemblies assemblies;

    @Inject
    Mandates mandates;

    /** The caller, or {@link Caller#ANYONE} without a token; a token nobody holds is a 401. */
    public Caller identify(Optional<String> cycleId, String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Caller.ANYONE;
        }
        if (!authorization.startsWith(BEARER)) {
            throw ProblemException.unauthorized("Send the token as 'Authorization: Bearer <token>'.");
        }
        String token = authorization.substring(BEARER.length()).trim();
        if (plannerToken.matches(token)) {
            return Caller.PLANNER;
        }
        String hash = Hashes.sha256(token);
        return cycleId.flatMap(id -> assemblies.byTokenHash(id, hash).map(a -> Caller.assembly(a.assemblyId()))
                        .or(() -> mandates.byTokenHash(id, hash).map(m -> Caller.delegate(m.assemblyId(), m.id()))))
                .orElseThrow(() -> ProblemException.unauthorized(
                        "The bearer token is not valid for this cycle. Use the token given when the cycle was created."));
    }

    public Caller requirePlanner(Optional<String> cycleId, String authorization) {
        Caller caller = identify(cycleId, authorization);
        if (caller.kind() == Caller.Kind.ANYONE) {
            throw ProblemException.unauthorized("Only the planner may do this; send the planner token.");
        }
        if (caller.kind() != Caller.Kind.PLANNER) {
            throw ProblemException.forbidden("Only the planner may do this; " + caller.actor() + " may not.");
        }
        return caller;
    }

    public Caller requireAssembly(String cycleId, String assemblyId, String authorization) {
        Caller caller = identify(Optional.of(cycleId), authorization);
        switch (caller.kind()) {
            case ANYONE -> throw ProblemException.unauthorized(
                    "Only assembly '" + assemblyId + "' may do this; send its token.");
            case PLANNER -> throw ProblemException.forbidden(
                    "A planner cannot change an assembly's inputs or answers; assembly '" + assemblyId
                            + "' must do it with its own token.");
            case DELEGATE -> throw ProblemException.forbidden("A delegate only answers rounds under its"
                    + " mandate; inputs and mandates are for assembly '" + assemblyId + "' itself.");
            case ASSEMBLY -> requireSelf(caller, assemblyId);
        }
        return caller;
    }

    /**
     * The assembly itself, or a delegate holding a mandate from it (whether the mandate covers the
     * round and allows the answer is checked with the round, see MandateChecks).
     */
    public Caller requireAnswerer(String cycleId, String assemblyId, String authorization) {
        Caller caller = identify(Optional.of(cycleId), authorization);
        if (caller.kind() == Caller.Kind.DELEGATE) {
            requireSelf(caller, assemblyId);
            return caller;
        }
        return requireAssembly(cycleId, assemblyId, authorization);
    }

    private static void requireSelf(Caller caller, String assemblyId) {
        if (!caller.assemblyId().orElseThrow().equals(assemblyId)) {
            throw ProblemException.forbidden("An assembly acts only for itself, a delegate only for the assembly"
                    + " that mandated it: " + caller.actor() + " may not act for '" + assemblyId + "'.");
        }
    }
}
