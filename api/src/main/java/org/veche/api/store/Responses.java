package org.veche.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every answer ever given; the latest per assembly and round counts. */
@ApplicationScoped
public class Responses {

    @Inject
    Sql sql;

    public void insert(ResponseRow row) {
        sql.update("INSERT INTO response (cycle_id, round_number, assembly_id, decision, amendments, reason,"
                + " answered_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                row.cycleId(), row.roundNumber(), row.assemblyId(), row.decision(), row.amendments(),
                row.reason(), row.answeredAt(), row.actor());
    }

    /** All answers of a round, oldest first. */
    public List<ResponseRow> all(String cycleId, int round) {
        return sql.list("SELECT * FROM response WHERE cycle_id = ? AND round_number = ? ORDER BY id",
                Responses::row, cycleId, round);
    }

    /** The answer that counts for each assembly that answered, by assembly id. */
    public Map<String, ResponseRow> current(String cycleId, int round) {
        Map<String, ResponseRow> latest = new LinkedHashMap<>();
        all(cycleId, round).forEach(r -> latest.put(r.assemblyId(), r));
        return latest;
    }

    private static ResponseRow row(ResultSet r) throws SQLException {
        return new ResponseRow(r.getLong("id"), r.getString("cycle_id"), r.getInt("round_number"),
                r.getString("assembly_id"), r.getString("decision"), r.getString("amendments"),
                Optional.ofNullable(r.getString("reason")), r.getLong("answered_at"), r.getString("actor"));
    }
}
