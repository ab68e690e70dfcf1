package org.veche.planner.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Product;
import org.veche.model.Technology;
import org.veche.model.plan.TechnologyRef;

/**
 * The plan's average technology per product: l̄_p and the column Ā[·][p], weighted by what each
 * collective produces of p; for a product the plan does not produce, the unweighted average of the
 * technologies that can make it. Stored sparse (one row of inputs per product) so that 100,000
 * products fit in memory.
 */
final class AverageTechnology {

    private final List<String> products;
    private final double[] labour;
    private final boolean[] made;
    private final int[] rowStart;
    private final int[] inputs;
    private final double[] coefficients;

    private AverageTechnology(List<String> products, double[] labour, boolean[] made, int[] rowStart,
            int[] inputs, double[] coefficients) {
        this.products = products;
        this.labour = labour;
        this.made = made;
        this.rowStart = rowStart;
        this.inputs = inputs;
        this.coefficients = coefficients;
    }

    static AverageTechnology of(Economy economy, Map<TechnologyRef, Double> production) {
        List<String> products = economy.products().stream().map(Product::id).toList();
        Map<String, Integer> index = new HashMap<>(products.size() * 2);
        for (int i = 0; i < products.size(); i++) {
            index.put(products.get(i), i);
        }
        List<List<Weighted>> byProduct = new ArrayList<>(products.size());
        for (int i = 0; i < products.size(); i++) {
            byProduct.add(new ArrayList<>(3));
        }
        for (Collective collective : economy.collectives()) {
            for (Technology technology : collective.technologies()) {
                double x = production.getOrDefault(new TechnologyRef(collective.id(), technology.product()), 0.0);
                byProduct.get(index.get(technology.product())).add(new Weighted(technology, x));
            }
        }
        return build(products, index, byProduct);
    }

    private static AverageTechnology build(List<String> products, Map<String, Integer> index,
            List<List<Weighted>> byProduct) {
        int n = products.size();
        double[] labour = new double[n];
        boolean[] made = new boolean[n];
        int[] rowStart = new int[n + 1];
        IntList inputs = new IntList();
        DoubleList coefficients = new DoubleList();
        double[] scratch = new double[n];
        IntList touched = new IntList();
        for (int p = 0; p < n; p++) {
            List<Weighted> technologies = byProduct.get(p);
            made[p] = !technologies.isEmpty();
            double total = technologies.stream().mapToDouble(Weighted::quantity).sum();
            for (Weighted w : technologies) {
                // Not produced: every technology that could make it counts the same.
                double share = total > 0 ? w.quantity() / total : 1.0 / technologies.size();
                if (share == 0) {
                    continue;
                }
                labour[p] += share * w.technology().labourHours();
                for (Map.Entry<String, Double> input : w.technology().inputs().entrySet()) {
                    int q = index.get(input.getKey());
                    if (scratch[q] == 0) {
                        touched.add(q);
                    }
                    scratch[q] += share * input.getValue();
                }
            }
            touched.sort();
            for (int k = 0; k < touched.size(); k++) {
                int q = touched.get(k);
                if (scratch[q] != 0) {
                    inputs.add(q);
                    coefficients.add(scratch[q]);
                }
                scratch[q] = 0;
            }
            touched.clear();
            rowStart[p + 1] = inputs.size();
        }
        return new AverageTechnology(products, labour, made, rowStart, inputs.toArray(), coefficients.toArray());
    }

    int size() {
        return products.size();
    }

    String product(int p) {
        return products.get(p);
    }

    /** l̄_p: labour hours per unit of p in the plan's average technology. */
    double labour(int p) {
        return labour[p];
    }

    /** Whether any technology can make p at all. */
    boolean made(int p) {
        return made[p];
    }

    int rowStart(int p) {
        return rowStart[p];
    }

    int rowEnd(int p) {
        return rowStart[p + 1];
    }

    /** The k-th stored input product (k between rowStart and rowEnd of some product). */
    int input(int k) {
        return inputs[k];
    }

    /** Ā[input(k)][p]: units of the input per unit of p. */
    double coefficient(int k) {
        return coefficients[k];
    }

    private record Weighted(Technology technology, double quantity) {}
}
