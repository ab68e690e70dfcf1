package org.veche.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.veche.model.InvalidEconomyException;

/** Turns every failure into an RFC 9457 problem response; bad input never becomes a 5xx. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response invalidEconomy(InvalidEconomyException e) {
        List<Problem.FieldViolation> violations = e.violations().stream()
                .map(v -> new Problem.FieldViolation(v.path(), v.message())).toList();
        return respond(ProblemException.invalid(violations.size() + " problem(s) in the economy; "
                + violations.get(0).field() + ": " + violations.get(0).message(), violations).problem());
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        String field = JsonPaths.of(e);
        return respond(Problem.of(400, "unknown-field", "Unknown field", "Unknown field '" + e.getPropertyName()
                + "'" + (field.isEmpty() ? "" : " at '" + field + "'") + ". Known fields: "
                + e.getKnownPropertyIds() + ".", field, List.of()));
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        String field = JsonPaths.of(e);
        String expected = e.getTargetType() == null ? "another type" : e.getTargetType().getSimpleName();
        String value = e instanceof InvalidFormatException f ? " '" + f.getValue() + "'" : "";
        return respond(Problem.of(400, "wrong-type", "Wrong type", "The value" + value + " at '" + field
                + "' is not a valid " + expected + ".", field, List.of()));
    }

    @ServerExceptionMapper
    public Response badMapping(JsonMappingException e) {
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonParseException parse) {
            return malformed(parse); // broken JSON inside a field Jackson was reading
        }
        String field = JsonPaths.of(e);
        return respond(Problem.of(400, "invalid-body", "Invalid body", e.getOriginalMessage(), field, List.of()));
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        return respond(Problem.of(400, "malformed-json", "Malformed JSON", "The body is not valid JSON: "
                + e.getOriginalMessage(), null, List.of()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        // a body Jackson could not read arrives wrapped: answer it as the Jackson failure it is
        switch (e.getCause()) {
            case UnrecognizedPropertyException u -> {
                return unknownField(u);
            }
            case MismatchedInputException m -> {
                return wrongType(m);
            }
            case JsonMappingException m -> {
                return badMapping(m);
            }
            case JsonProcessingException j -> {
                return malformed(j);
            }
            case null, default -> {
                return status(e);
            }
        }
    }

    private Response status(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        String code = switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "body-too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
        String detail = e.getCause() instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return respond(Problem.of(status, code, e.getResponse().getStatusInfo().getReasonPhrase(), detail, null,
                List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Unexpected failure", e);
        return respond(Problem.of(500, "internal-error", "Internal server error",
                "The server failed; the failure is logged. Nothing was changed unless the audit log shows it.",
                null, List.of()));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
