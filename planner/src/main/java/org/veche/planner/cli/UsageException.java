package org.veche.planner.cli;

/** A command line that does not fit the command's usage; exit status 2. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
