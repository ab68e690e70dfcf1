package org.veche.api.cycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.veche.api.store.StoreException;

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
        Optional<IdempotencyRow> earlier = keys.find(caller.actor(), key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), digest, key);
        }
        Response response = action.get();
        if (response.getStatus() < 300) {
            try {
                keys.insert(new IdempotencyRow(caller.actor(), key, route, digest, response.getStatus(),
                        write(response.getEntity()), Optional.ofNullable(response.getLocation()).map(URI::toString),
                        clock.millis()));
            } catch (StoreException e) {
                // a concurrent request with the same key stored its answer first; both did the same work once each
            }
        }
        return response;
    }

    private Response replay(IdempotencyRow row, String digest, String key) {
        if (!row.requestDigest().equals(digest)) {
            throw ProblemException.unprocessable("idempotency-key-reused", "Idempotency-Key", "Idempotency-Key '"
                    + key + "' was used for another request (" + row.route() + "). Use a new key for a new request.");
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
