package org.veche.api.round;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veche.api.solve.SolvedProposal;
import org.veche.api.store.ExplanationRow;
import org.veche.api.store.ProposalLineRow;
import org.veche.model.Economy;
import org.veche.model.Need;
import org.veche.planner.analysis.PlanSections;
import org.veche.planner.exchange.PlanFormat;

/** Turns a solver's answer into the published document (veche.plan/1 plus more) and its rows. */
final class ProposalDocument {

    private ProposalDocument() {}

    /**
     * The published text: a {@code veche.plan/1} document (PlanFormat) with the sections
     * {@code products} (each product's labour value and valuation), {@code valuations},
     * {@code explanations}, {@code metrics} (with the round) and {@code solver}.
     */
    static String text(int round, SolvedProposal solved) {
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("products", PlanSections.products(solved.report()));
        sections.put("valuations", solved.valuations());
        sections.put("collectives", solved.report().collectives());
        sections.put("locals", solved.report().locals());
        sections.put("explanations", solved.explanations().stream().map(e -> ordered("local", e.need().local(),
                "product", e.need().product(), "priority", e.need().priority().id(), "share", e.share(),
                "limit", e.limit(), "subjects", e.subjects(), "relief", e.relief(), "text", e.text())).toList());
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("round", round);
        metrics.putAll(solved.metrics());
        metrics.put("plan", solved.report().metrics());
        sections.put("metrics", metrics);
        return PlanFormat.write(solved.plan(), solved.score(), sections);
    }

    static List<ProposalLineRow> lines(Economy economy, SolvedProposal solved) {
        List<ProposalLineRow> lines = new ArrayList<>();
        solved.plan().production().forEach(p -> lines.add(new ProposalLineRow(ProposalLineRow.PRODUCTION,
                Optional.of(p.collective()), p.product(), Optional.empty(), p.quantity(), Optional.empty())));
        solved.plan().deliveries().forEach(d -> lines.add(new ProposalLineRow(ProposalLineRow.DELIVERY,
                Optional.of(d.local()), d.product(), Optional.of(d.priority().id()), d.quantity(),
                economy.local(d.local()).flatMap(l -> l.need(d.product(), d.priority())).map(Need::quantity))));
        new java.util.TreeMap<>(solved.labourValues()).forEach((product, v) -> lines.add(new ProposalLineRow(
                ProposalLineRow.LABOUR_VALUE, Optional.empty(), product, Optional.empty(), v, Optional.empty())));
        return lines;
    }

    static List<ExplanationRow> explanations(SolvedProposal solved) {
        return solved.explanations().stream().map(e -> new ExplanationRow(e.need().local(), e.need().product(),
                e.need().priority().id(), e.text())).toList();
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
