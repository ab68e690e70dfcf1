package org.veche.model.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Technology;
import org.veche.model.plan.Delivery;
import org.veche.model.plan.NeedRef;
import org.veche.model.plan.Plan;
import org.veche.model.plan.Production;
import org.veche.model.plan.TechnologyRef;

/**
 * Reads a plan against its economy (SPEC §4: every technology and every need exactly once). An
 * entry the economy cannot place, a second entry for the same thing, a quantity that is not a
 * number, or a missing entry is a {@link Rule#PLAN_COVERAGE} breach of size 1 (one entry), never an
 * exception. What cannot be read counts as 0; of two entries for one thing, the first counts.
 */
final class PlanCoverage {

    record Reading(PlannedQuantities quantities, List<Breach> breaches) {}

    private final Economy economy;
    private final List<Breach> breaches = new ArrayList<>();

    private PlanCoverage(Economy economy) {
        this.economy = economy;
    }

    static Reading read(Economy economy, Plan plan) {
        PlanCoverage coverage = new PlanCoverage(economy);
        List<PlannedRun> runs = coverage.runs(plan.production());
        List<PlannedDelivery> deliveries = coverage.deliveries(plan.deliveries());
        return new Reading(new PlannedQuantities(runs, deliveries), List.copyOf(coverage.breaches));
    }

    private List<PlannedRun> runs(List<Production> production) {
        Map<TechnologyRef, Double> listed = new LinkedHashMap<>();
        for (int i = 0; i < production.size(); i++) {
            Production entry = production.get(i);
            TechnologyRef ref = new TechnologyRef(entry.collective(), entry.product());
            String where = "production[" + i + "]";
            technologyProblem(entry).ifPresentOrElse(
                    problem -> breach(ref.toString(), where + " " + problem),
                    () -> list(listed, ref, entry.quantity(), where, "technology"));
        }
        List<PlannedRun> runs = new ArrayList<>();
        for (Collective collective : economy.collectives()) {
            for (Technology technology : collective.technologies()) {
                TechnologyRef ref = new TechnologyRef(collective.id(), technology.product());
                runs.add(new PlannedRun(collective, technology, quantity(listed, ref, "technology", "made")));
            }
        }
        return runs;
    }

    private List<PlannedDelivery> deliveries(List<Delivery> deliveries) {
        Map<NeedRef, Double> listed = new LinkedHashMap<>();
        for (int i = 0; i < deliveries.size(); i++) {
            Delivery entry = deliveries.get(i);
            NeedRef ref = new NeedRef(entry.local(), entry.product(), entry.priority());
            String where = "deliveries[" + i + "]";
            needProblem(entry).ifPresentOrElse(
                    problem -> breach(ref.toString(), where + " " + problem),
                    () -> list(listed, ref, entry.quantity(), where, "need"));
        }
        List<PlannedDelivery> planned = new ArrayList<>();
        for (Local local : economy.locals()) {
            for (Need need : local.needs()) {
                NeedRef ref = new NeedRef(local.id(), need.product(), need.priority());
                planned.add(new PlannedDelivery(local, need, quantity(listed, ref, "need", "delivered")));
            }
        }
        return planned;
    }

    private Optional<String> technologyProblem(Production entry) {
        Optional<Collective> collective = economy.collective(entry.collective());
        if (collective.isEmpty()) {
            return Optional.of("names collective '" + entry.collective()
                    + "', which the economy does not have. Maybe the plan is for another economy?");
        }
        if (economy.product(entry.product()).isEmpty()) {
            return Optional.of("names product '" + entry.product()
                    + "', which the economy does not have. Maybe it is missing from products?");
        }
        if (collective.get().technology(entry.product()).isEmpty()) {
            return Optional.of("asks collective '" + entry.collective() + "' to make '" + entry.product()
                    + "', but it has no technology for that product. Drop the entry or declare the technology.");
        }
        return Optional.empty();
    }

    private Optional<String> needProblem(Delivery entry) {
        Optional<Local> local = economy.local(entry.local());
        if (local.isEmpty()) {
            return Optional.of("names local '" + entry.local()
                    + "', which the economy does not have. Maybe the plan is for another economy?");
        }
        if (economy.product(entry.product()).isEmpty()) {
            return Optional.of("names product '" + entry.product()
                    + "', which the economy does not have. Maybe it is missing from products?");
        }
        if (local.get().need(entry.product(), entry.priority()).isEmpty()) {
            return Optional.of("delivers '" + entry.product() + "' to local '" + entry.local() + "' at priority "
                    + entry.priority().id() + ", but the local has no such need. Drop the entry.");
        }
        return Optional.empty();
    }

    private <K> void list(Map<K, Double> listed, K ref, double quantity, String where, String kind) {
        if (listed.containsKey(ref)) {
            breach(ref.toString(), where + " lists " + kind + " " + ref + " a second time; a plan lists each "
                    + kind + " once. The first entry (" + Figures.of(listed.get(ref)) + ") counts.");
        } else if (!Double.isFinite(quantity)) {
            breach(ref.toString(), where + " has quantity " + quantity + " for " + ref
                    + "; a quantity is a finite number. It counts as 0.");
            listed.put(ref, 0.0);
        } else {
            listed.put(ref, quantity);
        }
    }

    private <K> double quantity(Map<K, Double> listed, K ref, String kind, String verb) {
        Double quantity = listed.get(ref);
        if (quantity == null) {
            breach(ref.toString(), "The plan does not list " + kind + " " + ref + "; it counts as 0. A plan lists every "
                    + kind + ", with 0 where nothing is " + verb + ".");
            return 0;
        }
        return quantity;
    }

    private void breach(String subject, String message) {
        breaches.add(new Breach(Rule.PLAN_COVERAGE, subject, 1, message));
    }
}
