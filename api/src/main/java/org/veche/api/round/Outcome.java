package org.veche.api.round;

/** How a round ended. */
public final class Outcome {

    public static final String CONFIRMED = "confirmed";
    public static final String NEXT_ROUND = "next-round";
    public static final String FINAL_VOTE = "final-vote";
    public static final String FAILED = "failed";

    private Outcome() {}
}
