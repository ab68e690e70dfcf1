package org.veche.planner.explain;

import java.util.List;

/**
 * One binding limit found upstream of a short product: its kind, subject (technology ref,
 * collective id or "emission cap"), the chain of short inputs leading to it, and its rate — the
 * needs score gained per unit of relief (the needs level's dual), 0 when unknown.
 */
record Binding(LimitKind kind, String subject, List<String> via, double rate) {
    Binding {
        via = List.copyOf(via);
    }
}
