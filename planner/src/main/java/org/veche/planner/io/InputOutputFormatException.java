package org.veche.planner.io;

/**
 * An input-output table folder that cannot be read: a missing file, malformed CSV, sectors in a
 * different order, or a number that is negative or not finite. The message names the file, row and
 * column.
 */
public final class InputOutputFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputOutputFormatException(String message) {
        super(message);
    }

    public InputOutputFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
