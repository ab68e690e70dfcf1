package org.veche.planner.lp;

/** Solver facts for benchmarks and logs: sizes and where the time went. */
public record LpDiagnostics(int rows, int columns, long buildMillis, long solveMillis, String solver) {}
