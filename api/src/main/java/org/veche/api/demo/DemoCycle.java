package org.veche.api.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.veche.api.config.VecheConfig;
import org.veche.api.cycle.CycleBodies.Calendar;
import org.veche.api.cycle.CycleBodies.Created;
import org.veche.api.cycle.CycleBodies.NewCycle;
import org.veche.api.cycle.CycleService;
import org.veche.api.round.RoundService;
import org.veche.api.round.SolveRunner;
import org.veche.api.security.Caller;
import org.veche.api.security.PlannerToken;
import org.veche.api.store.Cycles;
import org.veche.api.store.SolverRunRow;
import org.veche.model.Economy;
import org.veche.planner.exchange.EconomyFormat;

/**
 * Demo mode ({@code veche.demo}, on in the prod profile unless {@code VECHE_DEMO=false}): on the first
 * start with an empty database, opens a cycle over the demo economy and its round 1, and writes the
 * tokens to {@code ${VECHE_DATA_DIR}/demo-tokens.txt}. Tokens are stored only hashed, so that file is
 * the one place a person finds them again after a restart; every start prints where it is.
 */
@ApplicationScoped
public class DemoCycle {

    private static final Logger LOG = Logger.getLogger(DemoCycle.class);
    static final String TOKENS_FILE = "demo-tokens.txt";

    @Inject
    VecheConfig config;

    @Inject
    Cycles cycles;

    @Inject
    CycleService cycleService;

    @Inject
    RoundService roundService;

    @Inject
    SolveRunner runner;

    @Inject
    PlannerToken plannerToken;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    void start(@Observes @Priority(10) StartupEvent event) {
        if (!config.demo()) {
            return;
        }
        Path tokens = Path.of(config.dataDir()).resolve(TOKENS_FILE);
        if (cycles.count() == 0) {
            openDemoCycle(tokens);
        } else if (Files.exists(tokens)) {
            LOG.infof("%n%s", banner(read(tokens)));
        }
    }

    private void openDemoCycle(Path tokensFile) {
        Path file = Path.of(config.demoEconomy());
        if (!Files.isRegularFile(file)) {
            LOG.warnf("Demo mode, but the demo economy %s is not there (working directory %s). Set"
                    + " VECHE_DEMO_ECONOMY to its path, or VECHE_DEMO=false to start without a demo cycle.",
                    file, Path.of("").toAbsolutePath());
            return;
        }
        String text = read(file);
        Economy economy = EconomyFormat.read(text);
        Created created = cycleService.open(new NewCycle(tree(text), new Calendar(3, 48.0, 1.0)), Caller.PLANNER);
        SolverRunRow run = roundService.open(created.id(), Caller.PLANNER);
        runner.submit(run);
        String listing = listing(created, economy);
        write(tokensFile, listing);
        LOG.infof("%n%s", banner(listing));
    }

    private String listing(Created created, Economy economy) {
        List<String> lines = new ArrayList<>();
        lines.add("Veche demo cycle " + created.id() + " (" + economy.name() + "), round 1 solving.");
        lines.add("Web page:      http://localhost:" + port + "/");
        lines.add("API:           http://localhost:" + port + "/api/cycles/" + created.id()
                + "   (OpenAPI: /q/openapi, Swagger UI: /q/swagger-ui)");
        lines.add("Planner token: " + plannerToken.value());
        lines.add("Assembly tokens (id | name | token):");
        economy.collectives().forEach(c -> lines.add("  " + c.id() + " | " + c.name() + " | "
                + created.tokens().get(c.id())));
        economy.locals().forEach(l -> lines.add("  " + l.id() + " | " + l.name() + " | "
                + created.tokens().get(l.id())));
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    private String banner(String listing) {
        String rule = "=".repeat(78);
        return rule + System.lineSeparator() + listing + "(kept in " + Path.of(config.dataDir()).resolve(TOKENS_FILE)
                .toAbsolutePath().normalize() + ")" + System.lineSeparator() + rule;
    }

    private com.fasterxml.jackson.databind.JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + "; check VECHE_DATA_DIR is writable", e);
        }
    }
}
