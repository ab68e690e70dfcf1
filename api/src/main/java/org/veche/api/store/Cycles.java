package org.veche.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The stored planning cycles. */
@ApplicationScoped
public class Cycles {

    private static final String COLUMNS =
            "id, name, state, economy, max_rounds, round_hours, quorum, current_round, created_at";

    @Inject
    Sql sql;

    public void insert(CycleRow row) {
        sql.update("INSERT INTO cycle (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.id(), row.name(), row.state(), row.economy(), row.maxRounds(), row.roundHours(),
                row.quorum(), row.currentRound(), row.createdAt());
    }

    public Optional<CycleRow> find(String id) {
        return sql.one("SELECT " + COLUMNS + " FROM cycle WHERE id = ?", Cycles::row, id);
    }

    /** Reads and locks the cycle until the transaction ends: writes to one cycle happen one at a time. */
    public Optional<CycleRow> lock(String id) {
        return sql.one("SELECT " + COLUMNS + " FROM cycle WHERE id = ? FOR UPDATE", Cycles::row, id);
    }

    public List<CycleRow> page(int offset, int limit) {
        return sql.list("SELECT " + COLUMNS + " FROM cycle ORDER BY created_at, id LIMIT ? OFFSET ?",
                Cycles::row, limit, offset);
    }

    public long count() {
        return sql.count("SELECT COUNT(*) FROM cycle");
    }

    public void updateState(String id, String state) {
        sql.update("UPDATE cycle SET state = ? WHERE id = ?", state, id);
    }

    public void updateEconomy(String id, String economy) {
        sql.update("UPDATE cycle SET economy = ? WHERE id = ?", economy, id);
    }

    public void updateCurrentRound(String id, int round) {
        sql.update("UPDATE cycle SET current_round = ? WHERE id = ?", round, id);
    }

    private static CycleRow row(ResultSet r) throws SQLException {
        return new CycleRow(r.getString("id"), r.getString("name"), r.getString("state"),
                r.getString("economy"), r.getInt("max_rounds"), r.getDouble("round_hours"),
                r.getDouble("quorum"), r.getInt("current_round"), r.getLong("created_at"));
    }
}
