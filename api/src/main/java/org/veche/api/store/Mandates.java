package org.veche.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Delegates' mandates. */
@ApplicationScoped
public class Mandates {

    @Inject
    Sql sql;

    public void insert(MandateRow m) {
        sql.update("INSERT INTO mandate (id, cycle_id, assembly_id, token_hash, from_round, to_round, instructions,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", m.id(), m.cycleId(), m.assemblyId(), m.tokenHash(),
                m.fromRound(), m.toRound(), m.instructions(), m.createdAt());
    }

    public Optional<MandateRow> find(String cycleId, String id) {
        return sql.one("SELECT * FROM mandate WHERE cycle_id = ? AND id = ?", Mandates::row, cycleId, id);
    }

    public Optional<MandateRow> byTokenHash(String cycleId, String tokenHash) {
        return sql.one("SELECT * FROM mandate WHERE cycle_id = ? AND token_hash = ?", Mandates::row, cycleId,
                tokenHash);
    }

    public List<MandateRow> of(String cycleId) {
        return sql.list("SELECT * FROM mandate WHERE cycle_id = ? ORDER BY created_at, id", Mandates::row, cycleId);
    }

    public void revoke(String id, long at) {
        sql.update("UPDATE mandate SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", at, id);
    }

    private static MandateRow row(ResultSet r) throws SQLException {
        return new MandateRow(r.getString("id"), r.getString("cycle_id"), r.getString("assembly_id"),
                r.getString("token_hash"), r.getInt("from_round"), r.getInt("to_round"), r.getString("instructions"),
                r.getLong("created_at"), Sql.optionalLong(r, "revoked_at"));
    }
}
