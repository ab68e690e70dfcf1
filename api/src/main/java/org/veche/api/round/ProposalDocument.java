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
import org.veche.model.check.PlanScore;

/** Turns a solver's answer into the published document (veche.plan/1 plus more) and its rows. */
final class ProposalDocument {

    private ProposalDocument() {}

    static Map<String, Object> document(int round, SolvedProposal solved) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", "veche.plan/1");
        doc.put("economy", solved.plan().economy());
        doc.put("round", round);
        doc.put("production", solved.plan().production().stream().map(p -> ordered(
                "collective", p.collective(), "product", p.product(), "quantity", p.quantity())).toList());
        doc.put("deliveries", solved.plan().deliveries().stream().map(d -> ordered("local", d.local(),
                "product", d.product(), "priority", d.priority().id(), "quantity", d.quantity())).toList());
        doc.put("score", score(solved.score()));
        doc.put("labourValues", new java.util.TreeMap<>(solved.labourValues()));
        doc.put("metrics", solved.metrics());
        doc.put("explanations", solved.explanations().stream().map(e -> ordered("local", e.need().local(),
                "product", e.need().product(), "priority", e.need().priority().id(), "text", e.text())).toList());
        return doc;
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

    private static Map<String, Object> score(PlanScore s) {
        return ordered("feasible", s.feasible(), "hard", s.hard(), "needs", s.needs(), "essential", s.essential(),
                "important", s.important(), "desired", s.desired(), "stability", s.stability(),
                "labourHours", s.labourHours(), "emissions", s.emissions());
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
