/**
 * Benchmarks: {@link org.veche.planner.bench.SyntheticEconomy seeded synthetic economies} from 2,000 to
 * 100,000 products, and the {@link org.veche.planner.bench.Benchmark harness} that solves them, checks
 * each plan independently and writes {@code bench.csv} and {@code bench.md}. Run it with the Maven
 * profile {@code benchmark} or {@code veche bench}; never in the default test run.
 */
package org.veche.planner.bench;
