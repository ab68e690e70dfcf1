package org.veche.api.security;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;
import org.veche.api.config.VecheConfig;

/**
 * The planner's bearer token: {@code VECHE_PLANNER_TOKEN}; without it, one generated at the first
 * start and kept in {@code ${VECHE_DATA_DIR}/planner-token.txt}, so it survives restarts.
 */
@Startup
@ApplicationScoped
public class PlannerToken {

    private static final Logger LOG = Logger.getLogger(PlannerToken.class);
    static final String FILE = "planner-token.txt";

    @Inject
    VecheConfig config;

    private String token;

    @PostConstruct
    void init() {
        token = config.plannerToken().filter(t -> !t.isBlank()).orElseGet(this::kept);
    }

    private String kept() {
        Path file = Path.of(config.dataDir()).resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            String generated = Hashes.newToken();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, generated + System.lineSeparator(), StandardCharsets.UTF_8);
            LOG.warnf("No VECHE_PLANNER_TOKEN set: generated a planner token, kept in %s: %s",
                    file.toAbsolutePath().normalize(), generated);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the planner token in " + file
                    + "; set VECHE_PLANNER_TOKEN or make VECHE_DATA_DIR writable", e);
        }
    }

    boolean matches(String candidate) {
        return Hashes.sameSecret(token, candidate);
    }

    /** The token itself, for the demo listing printed to the console of the person who started the server. */
    public String value() {
        return token;
    }
}
