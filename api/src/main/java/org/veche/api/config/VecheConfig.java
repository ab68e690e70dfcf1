package org.veche.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/** Veche's own settings; each maps to an environment variable (veche.data-dir ↔ VECHE_DATA_DIR). */
@ConfigMapping(prefix = "veche")
public interface VecheConfig {

    /** The planner's bearer token. Absent: demo mode, a token is generated and printed once at start. */
    Optional<String> plannerToken();

    /** Folder of the embedded H2 database, used when {@link #dbUrl()} is absent. */
    @WithDefault("./data")
    String dataDir();

    /** A PostgreSQL JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/veche}; switches off H2. */
    Optional<String> dbUrl();

    /** PostgreSQL user (default postgres). */
    Optional<String> dbUser();

    /** PostgreSQL password (default none). */
    Optional<String> dbPassword();

    /** PostgreSQL schema the tables live in (default public). */
    Optional<String> dbSchema();

    /** Build switch {@code -Dveche.test.postgres=true}: the api tests run on PostgreSQL (see api/pom.xml). */
    @WithName("test.postgres")
    Optional<Boolean> testPostgres();

    /** Demo mode: on the first start, open a cycle over {@link #demoEconomy()} and its round 1. */
    @WithDefault("false")
    boolean demo();

    /** The economy of the demo cycle, relative to the working directory ({@code ./veche} runs from the repo root). */
    @WithDefault("datasets/demo.economy.json")
    String demoEconomy();

    /** The planner's settings. */
    Solver solver();

    interface Solver {
        /** Wall-time limit of one round's solve ({@code VECHE_SOLVER_TIME_LIMIT}, e.g. 30s or PT2M). */
        @WithDefault("30s")
        java.time.Duration timeLimit();
    }

    /** How often open rounds are checked against their deadline. */
    @WithDefault("30s")
    String deadlineCheck();
}
