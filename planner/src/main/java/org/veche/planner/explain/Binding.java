package org.veche.planner.explain;

import java.util.List;

/**
 * One binding limit found upstream of a short product: its kind, subject (technology ref,
 * collective id or "emission cap"), the chain of short inputs leading to it, its rate — the
 * needs score gained per unit of relief (the needs level's dual), 0 when unknown — and
 * {@code perUnit}, how much of the limit one more unit of the chain's last product takes at the
 * technology found (1 unit of capacity, its labour hours, its emissions; 0 for a fixed production).
 */
record Binding(LimitKind kind, String subject, List<String> via, double rate, double perUnit) {
    Binding {
        via = List.copyOf(via);
    }
}
