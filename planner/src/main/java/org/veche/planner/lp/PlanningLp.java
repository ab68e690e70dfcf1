package org.veche.planner.lp;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Technology;
import org.veche.model.plan.NeedGroup;
import org.veche.model.plan.TechnologyRef;

/**
 * The continuous planning LP of SPEC §3 built once in an OR-Tools {@link MPSolver}: production x_cp,
 * four share segments per need group, material balance, working time and the emission cap. The
 * score levels are objectives over these variables ({@link LevelObjective}); the lexicographic solve
 * is {@link LexicographicSolve}'s.
 */
final class PlanningLp {

    static final double INFINITY = MPSolver.infinity();

    final Economy economy;
    final MPSolver solver;
    final List<TechnologyRef> technologies = new ArrayList<>();
    final List<Technology> technologyData = new ArrayList<>();
    final MPVariable[] x;
    final List<NeedGroup> groups;
    final double[] demand;
    final MPVariable[][] segments;
    final Map<String, MPConstraint> balance = new LinkedHashMap<>();
    final Map<String, MPConstraint> workingTime = new LinkedHashMap<>();
    final Optional<MPConstraint> emissionCap;
    private final Map<TechnologyRef, Integer> technologyIndex = new HashMap<>();
    private final Map<NeedGroup, Integer> groupIndex = new HashMap<>();

    private PlanningLp(Economy economy, MPSolver solver) {
        this.economy = economy;
        this.solver = solver;
        for (Collective collective : economy.collectives()) {
            for (Technology technology : collective.technologies()) {
                TechnologyRef ref = new TechnologyRef(collective.id(), technology.product());
                technologyIndex.put(ref, technologies.size());
                technologies.add(ref);
                technologyData.add(technology);
            }
        }
        Map<NeedGroup, Double> demands = NeedGroups.demands(economy);
        this.groups = List.copyOf(demands.keySet());
        this.demand = demands.values().stream().mapToDouble(Double::doubleValue).toArray();
        for (int g = 0; g < groups.size(); g++) {
            groupIndex.put(groups.get(g), g);
        }
        this.x = new MPVariable[technologies.size()];
        this.segments = new MPVariable[groups.size()][];
        addVariables();
        addMaterialBalance();
        addWorkingTime();
        this.emissionCap = economy.policy().emissionCap().stream().mapToObj(this::addEmissionCap).findFirst();
    }

    static PlanningLp build(Economy economy, MPSolver solver) {
        return new PlanningLp(economy, solver);
    }

    private void addVariables() {
        for (int i = 0; i < x.length; i++) {
            x[i] = solver.makeNumVar(0, technologyData.get(i).maxOutput(), "");
        }
        for (int g = 0; g < segments.length; g++) {
            segments[g] = new MPVariable[ShareUtility.SLOPES.length];
            for (int k = 0; k < segments[g].length; k++) {
                segments[g][k] = solver.makeNumVar(0, ShareUtility.QUARTER, "");
            }
        }
    }

    /** Σ_c x_cq − Σ_t D_{q,t}·r_{q,t} − Σ a_cp[q]·x_cp ≥ 0 for every product q. */
    private void addMaterialBalance() {
        economy.products().forEach(p -> balance.put(p.id(), solver.makeConstraint(0, INFINITY, "")));
        for (int i = 0; i < x.length; i++) {
            Technology technology = technologyData.get(i);
            Map<String, Double> coefficients = new HashMap<>();
            coefficients.put(technology.product(), 1.0);
            technology.inputs().forEach((input, a) -> coefficients.merge(input, -a, Double::sum));
            MPVariable variable = x[i];
            coefficients.forEach((product, c) -> balance.get(product).setCoefficient(variable, c));
        }
        for (int g = 0; g < groups.size(); g++) {
            MPConstraint row = balance.get(groups.get(g).product());
            for (MPVariable segment : segments[g]) {
                row.setCoefficient(segment, -demand[g]);
            }
        }
    }

    private void addWorkingTime() {
        int i = 0;
        for (Collective collective : economy.collectives()) {
            MPConstraint row = solver.makeConstraint(-INFINITY, collective.hoursCap(economy.policy()), "");
            for (Technology technology : collective.technologies()) {
                row.setCoefficient(x[i++], technology.labourHours());
            }
            workingTime.put(collective.id(), row);
        }
    }

    private MPConstraint addEmissionCap(double cap) {
        MPConstraint row = solver.makeConstraint(-INFINITY, cap, "");
        for (int i = 0; i < x.length; i++) {
            row.setCoefficient(x[i], technologyData.get(i).emissions());
        }
        return row;
    }

    Optional<Integer> technology(TechnologyRef ref) {
        return Optional.ofNullable(technologyIndex.get(ref));
    }

    Optional<Integer> group(NeedGroup group) {
        return Optional.ofNullable(groupIndex.get(group));
    }

    /** Makes {@code objective} the solver's objective, replacing the previous one. */
    void setObjective(LevelObjective objective) {
        MPObjective target = solver.objective();
        target.clear();
        objective.forEachTerm(target::setCoefficient);
        if (objective.maximise()) {
            target.setMaximization();
        } else {
            target.setMinimization();
        }
    }

    /** Keeps a level at its optimum, within {@code tolerance}, while the next levels are solved. */
    void fix(LevelObjective objective, double optimum, double tolerance) {
        MPConstraint row = objective.maximise()
                ? solver.makeConstraint(optimum - tolerance, INFINITY, "")
                : solver.makeConstraint(-INFINITY, optimum + tolerance, "");
        objective.forEachTerm(row::setCoefficient);
    }
}
