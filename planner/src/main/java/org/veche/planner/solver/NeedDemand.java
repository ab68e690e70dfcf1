package org.veche.planner.solver;

import java.util.OptionalDouble;
import org.veche.model.plan.NeedRef;

/** One need q_n, and what the previous round's accepted slice gave it, if accepted. */
record NeedDemand(NeedRef ref, double quantity, OptionalDouble accepted) {}
