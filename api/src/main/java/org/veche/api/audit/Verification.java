package org.veche.api.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The outcome of checking a cycle's chain: valid, or the first event that breaks it and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(boolean valid, int events, Integer brokenAt, String reason) {

    static Verification valid(int events) {
        return new Verification(true, events, null, null);
    }

    static Verification broken(int events, int seq, String reason) {
        return new Verification(false, events, seq, reason);
    }
}
