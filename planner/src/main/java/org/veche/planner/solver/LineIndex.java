package org.veche.planner.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of a plan (by position in the list) indexed for the roundings that move them one at a
 * time: which lines make each product, which use it, and each collective's hours cap.
 */
record LineIndex(Map<String, List<Integer>> makers, Map<String, List<Integer>> users, Map<String, Double> hoursCaps) {

    static LineIndex of(List<ProductionLine> lines) {
        Map<String, List<Integer>> makers = new HashMap<>();
        Map<String, List<Integer>> users = new HashMap<>();
        Map<String, Double> caps = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            ProductionLine line = lines.get(i);
            makers.computeIfAbsent(line.output().id(), k -> new ArrayList<>()).add(i);
            for (InputUse input : line.inputs()) {
                users.computeIfAbsent(input.product().id(), k -> new ArrayList<>()).add(i);
            }
            caps.putIfAbsent(line.collective().id(), line.collective().cap().doubleValue());
        }
        return new LineIndex(makers, users, caps);
    }
}
