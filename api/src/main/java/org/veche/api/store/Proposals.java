package org.veche.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Proposals with their lines and explanations; a proposal is written whole or not at all. */
@ApplicationScoped
public class Proposals {

    @Inject
    Sql sql;

    /** Writes the proposal and all its lines; call inside the transaction that publishes it. */
    public void insert(ProposalRow proposal, List<ProposalLineRow> lines, List<ExplanationRow> explanations) {
        sql.update("INSERT INTO proposal (cycle_id, round_number, hash, document, created_at) VALUES (?, ?, ?, ?, ?)",
                proposal.cycleId(), proposal.roundNumber(), proposal.hash(), proposal.document(),
                proposal.createdAt());
        List<Object[]> lineRows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ProposalLineRow l = lines.get(i);
            lineRows.add(new Object[] {proposal.cycleId(), proposal.roundNumber(), i, l.kind(),
                l.assemblyId().orElse(null), l.product(), l.priority().orElse(null), l.quantity(),
                l.requested().orElse(null)});
        }
        sql.batch("INSERT INTO proposal_line (cycle_id, round_number, line_no, kind, assembly_id, product,"
                + " priority, quantity, requested) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", lineRows);
        List<Object[]> explanationRows = new ArrayList<>();
        for (int i = 0; i < explanations.size(); i++) {
            ExplanationRow e = explanations.get(i);
            explanationRows.add(new Object[] {proposal.cycleId(), proposal.roundNumber(), i, e.localId(),
                e.product(), e.priority(), e.text()});
        }
        sql.batch("INSERT INTO proposal_explanation (cycle_id, round_number, line_no, local_id, product,"
                + " priority, explanation) VALUES (?, ?, ?, ?, ?, ?, ?)", explanationRows);
    }

    public Optional<ProposalRow> find(String cycleId, int round) {
        return sql.one("SELECT * FROM proposal WHERE cycle_id = ? AND round_number = ?",
                r -> new ProposalRow(r.getString("cycle_id"), r.getInt("round_number"), r.getString("hash"),
                        r.getString("document"), r.getLong("created_at")),
                cycleId, round);
    }

    public List<ProposalLineRow> lines(String cycleId, int round) {
        return sql.list("SELECT * FROM proposal_line WHERE cycle_id = ? AND round_number = ? ORDER BY line_no",
                Proposals::line, cycleId, round);
    }

    public List<ProposalLineRow> linesOf(String cycleId, int round, String assemblyId) {
        return sql.list("SELECT * FROM proposal_line WHERE cycle_id = ? AND round_number = ? AND assembly_id = ?"
                + " ORDER BY line_no", Proposals::line, cycleId, round, assemblyId);
    }

    public List<ExplanationRow> explanationsOf(String cycleId, int round, String localId) {
        return sql.list("SELECT * FROM proposal_explanation WHERE cycle_id = ? AND round_number = ?"
                + " AND local_id = ? ORDER BY line_no",
                r -> new ExplanationRow(r.getString("local_id"), r.getString("product"), r.getString("priority"),
                        r.getString("explanation")),
                cycleId, round, localId);
    }

    private static ProposalLineRow line(ResultSet r) throws SQLException {
        return new ProposalLineRow(r.getString("kind"), Optional.ofNullable(r.getString("assembly_id")),
                r.getString("product"), Optional.ofNullable(r.getString("priority")), r.getDouble("quantity"),
                Sql.optionalDouble(r, "requested"));
    }
}
