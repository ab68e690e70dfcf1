package org.veche.api.mandate;

/** Bodies of the mandate routes. */
public final class MandateBodies {

    private MandateBodies() {}

    /** POST /api/cycles/{id}/mandates: rounds from..to (inclusive), instructions a delegate must follow. */
    public record NewMandate(Rounds rounds, Instructions instructions) {}

    public record Rounds(Integer from, Integer to) {}

    /** Machine-checkable: {@code acceptIf} allows "accept" only when the local's share at a priority is high enough. */
    public record Instructions(AcceptIf acceptIf) {}

    /** Accept only if delivered / requested over all the local's needs at {@code priority} is at least {@code minShare}. */
    public record AcceptIf(String priority, Double minShare) {}

    /** The answer to POST: the delegate's token is shown once. */
    public record Issued(String id, String assembly, int fromRound, int toRound, Instructions instructions,
            String token) {}
}
