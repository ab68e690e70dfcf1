package org.veche.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Stored first answers of idempotent POSTs, per actor and key. */
@ApplicationScoped
public class IdempotencyKeys {

    @Inject
    Sql sql;

    public Optional<IdempotencyRow> find(String actor, String key) {
        return sql.one("SELECT * FROM idempotency_key WHERE actor = ? AND idem_key = ?",
                r -> new IdempotencyRow(r.getString("actor"), r.getString("idem_key"), r.getString("route"),
                        r.getString("request_digest"), r.getInt("status"), r.getString("body"),
                        Optional.ofNullable(r.getString("location")), r.getLong("created_at")),
                actor, key);
    }

    public void insert(IdempotencyRow row) {
        sql.update("INSERT INTO idempotency_key (actor, idem_key, route, request_digest, status, body, location,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                row.actor(), row.key(), row.route(), row.requestDigest(), row.status(), row.body(),
                row.location(), row.createdAt());
    }
}
