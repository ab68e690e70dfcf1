package org.veche.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is stable ({@code urn:veche:problem:<code>}) so clients
 * branch on it; {@code field} names the offending value, {@code violations} list every one when
 * there are several.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String code,
        String title,
        int status,
        String detail,
        String field,
        List<FieldViolation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One bad value and what is wrong with it. */
    public record FieldViolation(String field, String message) {}

    public static Problem of(int status, String code, String title, String detail, String field,
            List<FieldViolation> violations) {
        return new Problem("urn:veche:problem:" + code, code, title, status, detail, field, List.copyOf(violations));
    }
}
