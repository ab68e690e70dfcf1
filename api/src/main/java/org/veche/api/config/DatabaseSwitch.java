package org.veche.api.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Chooses the database at start-up: PostgreSQL (the "pg" datasource) when {@code VECHE_DB_URL}
 * (or the system property {@code veche.db-url}) is set, the embedded H2 otherwise. Datasource kinds
 * are fixed at build time, so both are built and this flips their runtime {@code active} flags.
 */
public final class DatabaseSwitch implements ConfigSource {

    private static final String DEFAULT_ACTIVE = "quarkus.datasource.active";
    private static final String PG_ACTIVE = "quarkus.datasource.pg.active";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DEFAULT_ACTIVE, PG_ACTIVE);
    }

    @Override
    public String getValue(String name) {
        return properties().get(name);
    }

    @Override
    public Map<String, String> getProperties() {
        return properties();
    }

    private static Map<String, String> properties() {
        boolean postgres = postgresConfigured();
        return Map.of(DEFAULT_ACTIVE, String.valueOf(!postgres), PG_ACTIVE, String.valueOf(postgres));
    }

    /** True when the server is to use PostgreSQL. */
    public static boolean postgresConfigured() {
        String url = System.getProperty("veche.db-url", System.getenv("VECHE_DB_URL"));
        return url != null && !url.isBlank();
    }

    @Override
    public int getOrdinal() {
        return 275; // above application.properties (250), below environment (300) and system properties (400)
    }

    @Override
    public String getName() {
        return "veche-database-switch";
    }
}
