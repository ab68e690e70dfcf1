package org.veche.api.scenario;

import java.util.Optional;

/** One stored scenario: its forked inputs and, once solved, its result document. */
public record ScenarioRow(String id, String cycleId, String name, String status, String changes, String economy,
        Optional<String> result, Optional<String> message, long createdAt, Optional<Long> finishedAt) {

    public static final String SOLVING = "solving";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
}
