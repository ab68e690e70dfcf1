package org.veche.api.cycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.veche.api.problem.ProblemException;
import org.veche.api.security.Caller;
import org.veche.api.security.Hashes;
import org.veche.api.store.IdempotencyKeys;
import org.veche.api.store.IdempotencyRow;

/**
 * {@code Idempotency-Key} on POSTs: a retry with the same key and body gets the first answer again;
 * the same key with another body or route is a 422.
 */
@ApplicationScoped
public class Idempotency {

    @Inject
    IdempotencyKeys keys;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    public Response once(Caller caller, String key, String route, Object request, Supplier<Response> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        if (key.length() > 200) {
            throw ProblemException.badRequest("bad-header", "Idempotency-Key", "Idempotency-Key is longer than 200 characters.");
        }
        String digest = Hashes.sha256(route + "\n" + write(request));
        String actor = caller.actor();
        // The key is claimed in its own committed transaction first: of two concurrent requests with one key,
        // exactly one does the work; the other gets the first answer, or 409 while the work is under way.
        boolean claimed = QuarkusTransaction.requiringNew().call(() -> keys.reserve(actor, key, route, digest,
                clock.millis()));
        if (!claimed) {
            IdempotencyRow earlier = QuarkusTransaction.requiringNew().call(() -> keys.find(actor, key)).orElseThrow(
                    () -> inProgress(key));
            return replay(earlier, digest, key);
        }
        Response response;
        try {
            response = action.get();
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> keys.release(actor, key));
            throw e;
        }
        if (response.getStatus() < 300) {
            IdempotencyRow row = new IdempotencyRow(actor, key, route, digest, response.getStatus(),
                    write(response.getEntity()), Optional.ofNullable(response.getLocation()).map(URI::toString),
                    clock.millis());
            QuarkusTransaction.requiringNew().run(() -> keys.complete(row));
        } else {
            QuarkusTransaction.requiringNew().run(() -> keys.release(actor, key));
        }
        return response;
    }

    private static ProblemException inProgress(String key) {
        return ProblemException.conflict("idempotency-key-in-progress", "A request with Idempotency-Key '" + key
                + "' is being processed. Retry shortly to get its answer.");
    }

    private Response replay(IdempotencyRow row, String digest, String key) {
        if (!row.requestDigest().equals(digest)) {
            throw ProblemException.unprocessable("idempotency-key-reused", "Idempotency-Key", "Idempotency-Key '"
                    + key + "' was used for another request (" + row.route() + "). Use a new key for a new request.");
        }
        if (row.status() == 0) {
            throw inProgress(key);
        }
        Response.ResponseBuilder builder = Response.status(row.status()).type(MediaType.APPLICATION_JSON)
                .entity(row.body()).header("Idempotent-Replayed", "true");
        row.location().ifPresent(l -> builder.location(URI.create(l)));
        return builder.build();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not serialisable: " + value, e);
        }
    }
}
