package org.veche.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.veche.planner.solver.EconomyBuilder.aTechnology;
import static org.veche.planner.solver.EconomyBuilder.anEconomy;
import static org.veche.planner.solver.EconomyBuilder.need;

import org.junit.jupiter.api.Test;
import org.veche.model.Priority;
import org.veche.model.plan.StabilityReference;

/** Fair deliveries of one product's net supply. Tolerance 1e-9 on shares. */
class FairSharingTest {

    private static ProductDemand buses() {
        return ProductionPlans.of(anEconomy().indivisible("bus")
                        .collective("workshop", 10, aTechnology("bus"))
                        .local("a", need("bus", Priority.ESSENTIAL, 3))
                        .local("b", need("bus", Priority.ESSENTIAL, 3))
                        .local("c", need("bus", Priority.ESSENTIAL, 4))
                        .build(), StabilityReference.NONE)
                .products().get(0);
    }

    @Test
    void indivisibleDeliveriesAreWholeAndWithinOneBusOfTheFairShare() {
        Allotment allotment = FairSharing.allocate(buses(), 5.7);
        double[] delivered = allotment.deliveries().get(0);
        for (double y : delivered) {
            assertThat(y).isEqualTo(Math.rint(y));
        }
        assertThat(delivered[0] + delivered[1] + delivered[2]).isEqualTo(5.0);
        double[] demand = {3, 3, 4};
        for (int n = 0; n < 3; n++) {
            assertThat(Math.abs(delivered[n] - 0.5 * demand[n])).isLessThan(1.0);
        }
        assertThat(allotment.shares()[0]).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aSurplusIsNotDeliveredBeyondTheNeed() {
        Allotment allotment = FairSharing.allocate(buses(), 25);
        assertThat(allotment.deliveries().get(0)).containsExactly(3, 3, 4);
        assertThat(allotment.needs()).isCloseTo(100 * 2.5, within(1e-9));
    }
}
