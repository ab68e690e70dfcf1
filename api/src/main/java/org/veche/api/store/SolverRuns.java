package org.veche.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The solver runs, one per solved round. */
@ApplicationScoped
public class SolverRuns {

    @Inject
    Sql sql;

    public void insert(SolverRunRow row) {
        sql.update("INSERT INTO solver_run (id, cycle_id, round_number, status, queued_at) VALUES (?, ?, ?, ?, ?)",
                row.id(), row.cycleId(), row.roundNumber(), row.status(), row.queuedAt());
    }

    public Optional<SolverRunRow> find(String cycleId, String id) {
        return sql.one("SELECT * FROM solver_run WHERE cycle_id = ? AND id = ?", SolverRuns::row, cycleId, id);
    }

    public Optional<SolverRunRow> ofRound(String cycleId, int round) {
        return sql.one("SELECT * FROM solver_run WHERE cycle_id = ? AND round_number = ? ORDER BY queued_at DESC",
                SolverRuns::row, cycleId, round);
    }

    /** Runs left queued or running by a stopped server. */
    public List<SolverRunRow> unfinished() {
        return sql.list("SELECT * FROM solver_run WHERE status IN (?, ?)", SolverRuns::row,
                SolverRunRow.QUEUED, SolverRunRow.RUNNING);
    }

    public void start(String id, long at) {
        sql.update("UPDATE solver_run SET status = ?, started_at = ? WHERE id = ?", SolverRunRow.RUNNING, at, id);
    }

    public void finish(String id, String status, long at, String message) {
        sql.update("UPDATE solver_run SET status = ?, finished_at = ?, message = ? WHERE id = ?",
                status, at, message, id);
    }

    private static SolverRunRow row(ResultSet r) throws SQLException {
        return new SolverRunRow(r.getString("id"), r.getString("cycle_id"), r.getInt("round_number"),
                r.getString("status"), r.getLong("queued_at"), Sql.optionalLong(r, "started_at"),
                Sql.optionalLong(r, "finished_at"), Optional.ofNullable(r.getString("message")));
    }
}
