package org.veche.api.cycle;

import org.veche.api.problem.ProblemException;

/** Checks paging parameters: offset from 0, limit from 1 to 500. */
public final class Pages {

    private Pages() {}

    public static void check(int offset, int limit) {
        if (offset < 0) {
            throw ProblemException.badRequest("validation", "offset", "offset must be 0 or more, was " + offset + ".");
        }
        if (limit < 1 || limit > 500) {
            throw ProblemException.badRequest("validation", "limit", "limit must be from 1 to 500, was " + limit + ".");
        }
    }
}
