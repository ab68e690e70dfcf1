package org.veche.planner.analysis;

/** Labour values do not exist for this plan: its average technology is not productive. */
public final class LabourValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LabourValueException(String message) {
        super(message);
    }
}
