package org.veche.planner.bench;

import java.util.Locale;

/**
 * How {@link SyntheticEconomy} draws a technology's inputs. Both draw by the same popularity (Zipf,
 * s = 1): a few energy-like products feed many others.
 */
public enum InputStructure {

    /**
     * From all products: any product may feed any other, so supply chains loop through the whole
     * economy and every product needs nearly every other, directly or not (a dense Leontief inverse).
     * The hardest case for the simplex: each iteration costs time linear in the size.
     */
    POPULAR,

    /**
     * From products more popular than the one made (lower popularity rank), except in the core —
     * the 1 % most popular products, at least 20 — which draw from the whole core. The core is
     * interlinked both ways, like the sector tables (energy needs machines, machines need energy);
     * around it, supply chains run a few steps from specialised products down to the core and do not
     * loop back: a toy factory's output is no input of the steelworks. Each product needs a few
     * hundred others, directly or not, rather than all.
     */
    TIERED;

    /** The core's size for an economy of {@code products}: 1 %, at least 20 (all if fewer). */
    static int coreSize(int products) {
        return Math.min(products, Math.max(20, products / 100));
    }

    /** The name on the command line and in labels: "popular" or "tiered". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The structure named {@code label} ("popular" or "tiered", any case). */
    public static InputStructure of(String label) {
        for (InputStructure structure : values()) {
            if (structure.label().equalsIgnoreCase(label.strip())) {
                return structure;
            }
        }
        throw new IllegalArgumentException("Unknown input structure '" + label + "': use popular or tiered.");
    }
}
