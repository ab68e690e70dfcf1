package org.veche.api.scenario;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.veche.api.store.Sql;

/** The scenario table. */
@ApplicationScoped
public class Scenarios {

    @Inject
    Sql sql;

    public void insert(ScenarioRow s) {
        sql.update("INSERT INTO scenario (id, cycle_id, name, status, changes, economy, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", s.id(), s.cycleId(), s.name(), s.status(), s.changes(),
                s.economy(), s.createdAt());
    }

    public void finish(String id, String status, String result, String message, long at) {
        sql.update("UPDATE scenario SET status = ?, result = ?, message = ?, finished_at = ? WHERE id = ?",
                status, result, message, at, id);
    }

    public Optional<ScenarioRow> find(String cycleId, String id) {
        return sql.one("SELECT * FROM scenario WHERE cycle_id = ? AND id = ?", Scenarios::row, cycleId, id);
    }

    public List<ScenarioRow> of(String cycleId) {
        return sql.list("SELECT * FROM scenario WHERE cycle_id = ? ORDER BY created_at, id", Scenarios::row,
                cycleId);
    }

    public List<ScenarioRow> unfinished() {
        return sql.list("SELECT * FROM scenario WHERE status = ?", Scenarios::row, ScenarioRow.SOLVING);
    }

    private static ScenarioRow row(ResultSet r) throws SQLException {
        return new ScenarioRow(r.getString("id"), r.getString("cycle_id"), r.getString("name"),
                r.getString("status"), r.getString("changes"), r.getString("economy"),
                Optional.ofNullable(r.getString("result")), Optional.ofNullable(r.getString("message")),
                r.getLong("created_at"), Sql.optionalLong(r, "finished_at"));
    }
}
