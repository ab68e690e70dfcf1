package org.veche.planner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.veche.model.Collective;
import org.veche.model.Economy;
import org.veche.model.Local;
import org.veche.model.Need;
import org.veche.model.Priority;
import org.veche.model.Technology;

class InputOutputImportTest {

    private static final InputOutputTable CHILE = InputOutputTable.read(IoTables.chile());
    private static final InputOutputTable USA = InputOutputTable.read(IoTables.usa());
    /** Without rounding the import's arithmetic can be checked to 1e-6. */
    private static final ImportParameters EXACT = ImportParameters.defaults().withSignificantDigits(0);

    @Test
    void theSameSeedGivesAnEqualEconomy() {
        ImportParameters parameters = ImportParameters.defaults().withSeed(42);

        assertThat(InputOutputImport.toEconomy(USA, parameters))
                .isEqualTo(InputOutputImport.toEconomy(InputOutputTable.read(IoTables.usa()), parameters));
    }

    @Test
    void anotherSeedGivesOtherOutputShares() {
        Economy one = InputOutputImport.toEconomy(CHILE, ImportParameters.defaults().withSeed(1));
        Economy two = InputOutputImport.toEconomy(CHILE, ImportParameters.defaults().withSeed(2));

        assertThat(maxOutputs(one)).isNotEqualTo(maxOutputs(two));
        assertThat(one.locals().get(0).population()).isNotEqualTo(two.locals().get(0).population());
    }

    @Test
    void sectorsBecomeProductsMadeByNCollectivesSpreadOverRRegions() {
        Economy economy = InputOutputImport.toEconomy(USA, ImportParameters.defaults());

        assertThat(economy.products()).hasSize(55);
        assertThat(economy.products()).allSatisfy(p -> {
            assertThat(p.divisible()).isTrue();
            assertThat(p.unit()).isEqualTo("US$ million (2014, basic prices)");
        });
        assertThat(economy.collectives()).hasSize(55 * 3);
        assertThat(economy.collectives().stream().map(Collective::region).distinct()).hasSize(4);
        assertThat(economy.locals()).hasSize(20 + 1);
        assertThat(economy.policy().maxHoursPerMember()).isEqualTo(1600);
    }

    @Test
    void totalMaxOutputOfASectorIsGrossOutputTimesHeadroom() {
        Economy economy = InputOutputImport.toEconomy(CHILE, EXACT);

        for (Sector sector : CHILE.sectors()) {
            double total = technologies(economy, sector.id()).stream().mapToDouble(Technology::maxOutput).sum();
            assertThat(total).as(sector.id())
                    .isCloseTo(CHILE.grossOutput(sector.index()) * 1.1, within(1e-9 * CHILE.grossOutput(sector.index())));
        }
    }

    @Test
    void householdDemandIsGrownAndSplitByPopulationAndPriority() {
        Economy economy = InputOutputImport.toEconomy(USA, EXACT);
        List<Local> households = economy.locals().stream().filter(l -> !l.id().equals("commons")).toList();
        double people = households.stream().mapToLong(Local::population).sum();

        for (Sector sector : USA.sectors()) {
            double expected = USA.householdConsumption(sector.index()) * 1.15
                    - (sector.id().equals("E37-E39") ? 48727.61 : 0); // see the scrap test
            double total = households.stream().mapToDouble(l -> demand(l, sector.id())).sum();
            assertThat(total).as(sector.id()).isCloseTo(expected, within(1e-6 * expected + 0.01));
            Local first = households.get(0);
            assertThat(demand(first, sector.id())).as("local-01 share of " + sector.id())
                    .isCloseTo(expected * first.population() / people, within(1e-6 * expected + 1e-12));
        }
        Sector health = USA.sectors().stream().filter(s -> s.id().equals("Q")).findFirst().orElseThrow();
        Local local = households.get(3);
        double healthDemand = demand(local, "Q");
        assertThat(local.need("Q", Priority.ESSENTIAL).orElseThrow().quantity() / healthDemand)
                .as("health is basic: 60 %% essential").isCloseTo(0.6, within(1e-9));
        assertThat(InputOutputImport.isBasic(health, ImportParameters.defaults())).isTrue();
        assertThat(local.need("C26", Priority.DESIRED).orElseThrow().quantity() / demand(local, "C26"))
                .as("electronics are not basic: 35 %% desired").isCloseTo(0.35, within(1e-9));
    }

    @Test
    void commonsGetGovernmentAndNonProfitConsumptionAsEssentialAndInvestmentAsImportant() {
        Economy economy = InputOutputImport.toEconomy(CHILE, EXACT);
        Local commons = economy.local("commons").orElseThrow();

        // CL11 personal services: government 8060.32 + NPISH 1083.70; GFCF 81.31 (CLP billion).
        assertThat(commons.need("CL11", Priority.ESSENTIAL).orElseThrow().quantity())
                .isCloseTo(8060.320366534951 + 1083.703725488727, within(1e-9));
        assertThat(commons.need("CL11", Priority.IMPORTANT).orElseThrow().quantity())
                .isCloseTo(81.31175600658007, within(1e-9));
        assertThat(commons.need("CL11", Priority.DESIRED)).isEmpty();
    }

    @Test
    void scrapSoldToTheRecoverySectorCoversPartOfHouseholdDemandForIt() {
        Economy economy = InputOutputImport.toEconomy(USA, EXACT);
        double households = economy.locals().stream().filter(l -> !l.id().equals("commons"))
                .mapToDouble(l -> demand(l, "E37-E39")).sum();

        // E37-E39 (US$ million): household consumption 59,393 × 1.15 = 68,302; GFCF −70,027 is set off
        // against exports 19,868 and inventories +1,432 first, which leaves −48,728 for households.
        double expected = 59392.75890179201 * 1.15
                + (-70026.92278987497 + 19867.64369147489 + 1431.6675892236713);
        assertThat(households).isCloseTo(expected, within(1e-6 * expected));
        assertThat(expected).isCloseTo(19574.5, within(1.0));
        assertThat(economy.local("commons").orElseThrow().need("E37-E39", Priority.IMPORTANT)).isEmpty();
    }

    @Test
    void exportsAreNotAnybodysNeed() {
        Economy economy = InputOutputImport.toEconomy(CHILE, EXACT);
        // Mining (CL02) exports 21,972 of its 22,698 final demand; only domestic uses remain as needs.
        double miningNeeds = economy.locals().stream().mapToDouble(l -> demand(l, "CL02")).sum();
        double domestic = CHILE.householdConsumption(1) * 1.15 + CHILE.finalDemand("government_consumption", 1)
                + CHILE.finalDemand("gross_fixed_capital_formation", 1);

        assertThat(miningNeeds).isCloseTo(domestic, within(1e-6 * domestic));
    }

    @Test
    void membersWorkTodaysHoursWithinThePolicyCapRoundedUp() {
        Economy economy = InputOutputImport.toEconomy(CHILE, EXACT);
        double hours = 7_786_324.0 * 1990; // Chile: employed persons × the default 1,990 h a year
        double capacity = economy.collectives().stream().mapToDouble(c -> c.hoursCap(economy.policy())).sum();

        assertThat(capacity).isBetween(hours, hours + economy.collectives().size() * 1600.0);
        assertThat(InputOutputImport.labourDescription(CHILE, EXACT)).contains("employed_persons", "1,990");
    }

    @Test
    void usaHoursAreThoseOfAllPersonsEngaged() {
        assertThat(InputOutputImport.labourDescription(USA, ImportParameters.defaults()))
                .startsWith("hours_persons_engaged_millions_est");
        Economy economy = InputOutputImport.toEconomy(USA, EXACT);
        double expected = IntStream.range(0, 55).mapToDouble(i -> USA.labour("hours_persons_engaged_millions_est", i)).sum() * 1e6;
        double labourAtGrossOutput = economy.collectives().stream()
                .mapToDouble(c -> c.technologies().get(0).labourHours() * c.technologies().get(0).maxOutput() / 1.1)
                .sum();
        // Labour factors in [0.9, 1.1] average out only roughly over 165 collectives.
        assertThat(labourAtGrossOutput).isCloseTo(expected, within(0.05 * expected));
    }

    @Test
    void compensationDividedByTheAverageWageKeepsTotalHours() {
        ImportParameters byPay = EXACT.withLabourSource(LabourSource.COMPENSATION);
        double persons = SectorHours.of(CHILE, EXACT).total();
        SectorHours pay = SectorHours.of(CHILE, byPay);

        assertThat(pay.total()).isCloseTo(persons, within(1e-9 * persons));
        assertThat(pay.hours()[0]).isNotCloseTo(SectorHours.of(CHILE, EXACT).hours()[0], within(1.0));
        assertThat(pay.description()).startsWith("compensation_of_employees ÷");
    }

    @Test
    void technologiesDifferBetweenCollectivesOfOneSectorWithinTheSpread() {
        Economy economy = InputOutputImport.toEconomy(CHILE, EXACT);
        List<Technology> farms = technologies(economy, "CL01");
        double a = CHILE.coefficient(0, 0);

        assertThat(farms).allSatisfy(t -> assertThat(t.input("CL01")).isBetween(0.9 * a, 1.1 * a));
        assertThat(farms.stream().map(t -> t.input("CL01")).distinct()).hasSize(3);
    }

    @Test
    void defaultRoundingKeepsFourSignificantDigits() {
        Economy rounded = InputOutputImport.toEconomy(CHILE, ImportParameters.defaults());
        Economy exact = InputOutputImport.toEconomy(CHILE, EXACT);

        for (int c = 0; c < exact.collectives().size(); c++) {
            Technology r = rounded.collectives().get(c).technologies().get(0);
            Technology e = exact.collectives().get(c).technologies().get(0);
            assertThat(r.maxOutput()).isCloseTo(e.maxOutput(), within(5e-4 * e.maxOutput()));
            assertThat(r.labourHours()).isCloseTo(e.labourHours(), within(5e-4 * e.labourHours()));
            assertThat(Double.toString(r.input("CL03")).replace("E", "e").split("e")[0].replaceAll("[^0-9]", "")
                    .replaceFirst("^0+", "").length()).isLessThanOrEqualTo(4);
        }
    }

    private static List<Double> maxOutputs(Economy economy) {
        return economy.collectives().stream().map(c -> c.technologies().get(0).maxOutput()).toList();
    }

    private static List<Technology> technologies(Economy economy, String product) {
        return economy.collectives().stream().flatMap(c -> c.technology(product).stream()).toList();
    }

    private static double demand(Local local, String product) {
        return local.needs().stream().filter(n -> n.product().equals(product)).mapToDouble(Need::quantity).sum();
    }
}
