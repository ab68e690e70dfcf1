package org.veche.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The audit log rows. Only inserted, never updated or deleted by the application. */
@ApplicationScoped
public class AuditEvents {

    @Inject
    Sql sql;

    public void insert(AuditEventRow e) {
        sql.update("INSERT INTO audit_event (cycle_id, seq, actor, occurred_at, type, payload, payload_digest,"
                + " previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.cycleId(), e.seq(), e.actor(), e.occurredAt(), e.type(), e.payload(), e.payloadDigest(),
                e.previousHash(), e.hash());
    }

    public Optional<AuditEventRow> last(String cycleId) {
        return sql.one("SELECT * FROM audit_event WHERE cycle_id = ? ORDER BY seq DESC LIMIT 1",
                AuditEvents::row, cycleId);
    }

    public List<AuditEventRow> page(String cycleId, int offset, int limit) {
        return sql.list("SELECT * FROM audit_event WHERE cycle_id = ? ORDER BY seq LIMIT ? OFFSET ?",
                AuditEvents::row, cycleId, limit, offset);
    }

    public List<AuditEventRow> all(String cycleId) {
        return sql.list("SELECT * FROM audit_event WHERE cycle_id = ? ORDER BY seq", AuditEvents::row, cycleId);
    }

    public long count(String cycleId) {
        return sql.count("SELECT COUNT(*) FROM audit_event WHERE cycle_id = ?", cycleId);
    }

    private static AuditEventRow row(ResultSet r) throws SQLException {
        return new AuditEventRow(r.getString("cycle_id"), r.getInt("seq"), r.getString("actor"),
                r.getLong("occurred_at"), r.getString("type"), r.getString("payload"),
                r.getString("payload_digest"), r.getString("previous_hash"), r.getString("hash"));
    }
}
