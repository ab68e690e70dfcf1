package org.veche.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The rounds of each cycle. */
@ApplicationScoped
public class Rounds {

    @Inject
    Sql sql;

    public void insert(RoundRow row) {
        sql.update("INSERT INTO negotiation_round (cycle_id, round_number, kind, status, economy, stability,"
                        + " opened_at, deadline, closed_at, outcome, proposal_hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.cycleId(), row.number(), row.kind(), row.status(), row.economy(), row.stability(),
                row.openedAt(), row.deadline(), row.closedAt(), row.outcome(), row.proposalHash());
    }

    public Optional<RoundRow> find(String cycleId, int number) {
        return sql.one("SELECT * FROM negotiation_round WHERE cycle_id = ? AND round_number = ?",
                Rounds::row, cycleId, number);
    }

    public List<RoundRow> of(String cycleId) {
        return sql.list("SELECT * FROM negotiation_round WHERE cycle_id = ? ORDER BY round_number",
                Rounds::row, cycleId);
    }

    /** Open rounds whose deadline has passed, for the deadline check. */
    public List<RoundRow> overdue(long now) {
        return sql.list("SELECT * FROM negotiation_round WHERE status = ? AND deadline < ?",
                Rounds::row, RoundRow.OPEN, now);
    }

    public void open(String cycleId, int number, String proposalHash, long deadline) {
        sql.update("UPDATE negotiation_round SET status = ?, proposal_hash = ?, deadline = ?"
                + " WHERE cycle_id = ? AND round_number = ?",
                RoundRow.OPEN, proposalHash, deadline, cycleId, number);
    }

    public void fail(String cycleId, int number, long at) {
        sql.update("UPDATE negotiation_round SET status = ?, closed_at = ? WHERE cycle_id = ? AND round_number = ?",
                RoundRow.FAILED, at, cycleId, number);
    }

    public void close(String cycleId, int number, String outcome, long at) {
        sql.update("UPDATE negotiation_round SET status = ?, outcome = ?, closed_at = ?"
                + " WHERE cycle_id = ? AND round_number = ?",
                RoundRow.CLOSED, outcome, at, cycleId, number);
    }

    private static RoundRow row(ResultSet r) throws SQLException {
        return new RoundRow(r.getString("cycle_id"), r.getInt("round_number"), r.getString("kind"),
                r.getString("status"), r.getString("economy"), r.getString("stability"),
                r.getLong("opened_at"), Sql.optionalLong(r, "deadline"), Sql.optionalLong(r, "closed_at"),
                Optional.ofNullable(r.getString("outcome")), Optional.ofNullable(r.getString("proposal_hash")));
    }
}
