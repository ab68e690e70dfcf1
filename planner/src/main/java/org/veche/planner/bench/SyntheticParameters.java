package org.veche.planner.bench;

/**
 * What {@link SyntheticEconomy} generates. Sizes: {@code products}, {@code locals} (each with about
 * {@code needsPerLocal} needs), {@code regions}, {@code collectives}; each product has 1 to
 * 2·{@code technologiesPerProduct} − 1 technologies (mean {@code technologiesPerProduct}), each using
 * {@code minInputs}..{@code maxInputs} other products whose coefficients add up to between
 * {@code minInputTotal} and {@code maxInputTotal} (below 1, so the economy is productive).
 * {@code capacity} is the share of the labour hours that serving every need would take which the
 * collectives' members can give: below 1 the plan is tight. {@code discrete} adds minimum runs to
 * {@code minimumRunShare} of the technologies and makes {@code indivisibleShare} of the products
 * indivisible (whole-number quantities). {@code structure} says which products a technology's inputs
 * are drawn from ({@link InputStructure}).
 */
public record SyntheticParameters(
        long seed,
        int products,
        int locals,
        int regions,
        int collectives,
        int technologiesPerProduct,
        int minInputs,
        int maxInputs,
        double minInputTotal,
        double maxInputTotal,
        int needsPerLocal,
        double capacity,
        boolean discrete,
        double indivisibleShare,
        double minimumRunShare,
        InputStructure structure) {

    public SyntheticParameters {
        atLeast("products", products, 2);
        atLeast("locals", locals, 1);
        atLeast("regions", regions, 1);
        atLeast("collectives", collectives, 1);
        atLeast("technologiesPerProduct", technologiesPerProduct, 1);
        atLeast("minInputs", minInputs, 0);
        atLeast("maxInputs", maxInputs, minInputs);
        atLeast("needsPerLocal", needsPerLocal, 1);
        if (!(0 <= minInputTotal && minInputTotal <= maxInputTotal && maxInputTotal < 1)) {
            throw new IllegalArgumentException("Input totals must satisfy 0 ≤ minInputTotal ≤ maxInputTotal < 1 for"
                    + " a productive economy, got " + minInputTotal + " and " + maxInputTotal + ".");
        }
        share("capacity", capacity, 10);
        share("indivisibleShare", indivisibleShare, 1);
        share("minimumRunShare", minimumRunShare, 1);
        if (structure == null) {
            throw new IllegalArgumentException("structure must be given: popular or tiered.");
        }
    }

    /**
     * The benchmark's defaults for a size: locals = products / 10 within 1,000..10,000, 20 needs each,
     * collectives = products / 2, about 3 technologies per product with 2–6 inputs adding up to
     * 0.3–0.5, inputs drawn by popularity from all products, and members for 90 % of the hours that
     * would serve every need.
     */
    public static SyntheticParameters of(int products, long seed) {
        int locals = Math.clamp(products / 10, 1_000, 10_000);
        return new SyntheticParameters(seed, products, locals, Math.clamp(locals / 100, 5, 50),
                Math.max(3, products / 2), 3, 2, 6, 0.3, 0.5, 20, 0.9, false, 0.10, 0.20, InputStructure.POPULAR);
    }

    public SyntheticParameters withDiscrete(boolean value) {
        return new SyntheticParameters(seed, products, locals, regions, collectives, technologiesPerProduct,
                minInputs, maxInputs, minInputTotal, maxInputTotal, needsPerLocal, capacity, value,
                indivisibleShare, minimumRunShare, structure);
    }

    public SyntheticParameters withLocals(int value) {
        return new SyntheticParameters(seed, products, value, regions, collectives, technologiesPerProduct,
                minInputs, maxInputs, minInputTotal, maxInputTotal, needsPerLocal, capacity, discrete,
                indivisibleShare, minimumRunShare, structure);
    }

    public SyntheticParameters withCapacity(double value) {
        return new SyntheticParameters(seed, products, locals, regions, collectives, technologiesPerProduct,
                minInputs, maxInputs, minInputTotal, maxInputTotal, needsPerLocal, value, discrete,
                indivisibleShare, minimumRunShare, structure);
    }

    public SyntheticParameters withStructure(InputStructure value) {
        return new SyntheticParameters(seed, products, locals, regions, collectives, technologiesPerProduct,
                minInputs, maxInputs, minInputTotal, maxInputTotal, needsPerLocal, capacity, discrete,
                indivisibleShare, minimumRunShare, value);
    }

    /**
     * A short name for files and tables, e.g. {@code synthetic-2000-discrete-seed1} or
     * {@code synthetic-20000-tiered-seed1} (the popular structure is not named).
     */
    public String label() {
        return "synthetic-" + products + (structure == InputStructure.TIERED ? "-tiered" : "")
                + (discrete ? "-discrete" : "") + "-seed" + seed;
    }

    private static void atLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + value + ".");
        }
    }

    private static void share(String name, double value, double maximum) {
        if (!(value >= 0 && value <= maximum)) {
            throw new IllegalArgumentException(name + " must be between 0 and " + maximum + ", was " + value + ".");
        }
    }
}
