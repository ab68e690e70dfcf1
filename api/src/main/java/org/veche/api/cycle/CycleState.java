package org.veche.api.cycle;

/** The states of a planning cycle, as the API names them. */
public final class CycleState {

    public static final String COLLECTING = "collecting";
    public static final String NEGOTIATING = "negotiating";
    public static final String FINAL_VOTE = "final-vote";
    public static final String CONFIRMED = "confirmed";
    public static final String FAILED = "failed";

    private CycleState() {}

    public static boolean isOver(String state) {
        return CONFIRMED.equals(state) || FAILED.equals(state);
    }
}
