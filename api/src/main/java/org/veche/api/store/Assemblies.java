package org.veche.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The assemblies of each cycle and their token hashes. */
@ApplicationScoped
public class Assemblies {

    @Inject
    Sql sql;

    public void insertAll(List<AssemblyRow> rows) {
        sql.batch("INSERT INTO assembly (cycle_id, assembly_id, kind, token_hash) VALUES (?, ?, ?, ?)",
                rows.stream().map(r -> new Object[] {r.cycleId(), r.assemblyId(), r.kind(), r.tokenHash()})
                        .toList());
    }

    public List<AssemblyRow> of(String cycleId) {
        return sql.list("SELECT * FROM assembly WHERE cycle_id = ? ORDER BY kind, assembly_id",
                Assemblies::row, cycleId);
    }

    public Optional<AssemblyRow> find(String cycleId, String assemblyId) {
        return sql.one("SELECT * FROM assembly WHERE cycle_id = ? AND assembly_id = ?",
                Assemblies::row, cycleId, assemblyId);
    }

    public Optional<AssemblyRow> byTokenHash(String cycleId, String tokenHash) {
        return sql.one("SELECT * FROM assembly WHERE cycle_id = ? AND token_hash = ?",
                Assemblies::row, cycleId, tokenHash);
    }

    private static AssemblyRow row(ResultSet r) throws SQLException {
        return new AssemblyRow(r.getString("cycle_id"), r.getString("assembly_id"), r.getString("kind"),
                r.getString("token_hash"));
    }
}
