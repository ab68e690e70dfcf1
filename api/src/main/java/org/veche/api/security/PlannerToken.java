package org.veche.api.security;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.veche.api.config.VecheConfig;

/**
 * The planner's bearer token: {@code VECHE_PLANNER_TOKEN}, or in demo mode a fresh one printed
 * once at start (it is not stored anywhere, so a restart makes a new one).
 */
@Startup
@ApplicationScoped
public class PlannerToken {

    private static final Logger LOG = Logger.getLogger(PlannerToken.class);

    @Inject
    VecheConfig config;

    private String token;

    @PostConstruct
    void init() {
        token = config.plannerToken().filter(t -> !t.isBlank()).orElseGet(() -> {
            String generated = Hashes.newToken();
            LOG.warnf("No VECHE_PLANNER_TOKEN set: demo mode. Planner token for this run: %s", generated);
            return generated;
        });
    }

    boolean matches(String candidate) {
        return Hashes.sameSecret(token, candidate);
    }
}
