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

    /** Claims a key before the work is done (status 0, no body); false when another request holds it. */
    public boolean reserve(String actor, String key, String route, String digest, long at) {
        try {
            sql.update("INSERT INTO idempotency_key (actor, idem_key, route, request_digest, status, body,"
                    + " created_at) VALUES (?, ?, ?, ?, 0, '', ?)", actor, key, route, digest, at);
            return true;
        } catch (StoreException e) {
            return false; // the primary key (actor, key) is taken
        }
    }

    public void complete(IdempotencyRow row) {
        sql.update("UPDATE idempotency_key SET status = ?, body = ?, location = ? WHERE actor = ? AND idem_key = ?",
                row.status(), row.body(), row.location(), row.actor(), row.key());
    }

    /** Gives a claimed key back when its request did not succeed, so a retry may do the work. */
    public void release(String actor, String key) {
        sql.update("DELETE FROM idempotency_key WHERE actor = ? AND idem_key = ? AND status = 0", actor, key);
    }
}
