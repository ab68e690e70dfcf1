package org.veche.planner;

import java.time.Duration;
import org.veche.model.check.PlanScore;

/** A new best plan was found: its score and the time since the solve started. */
public record Progress(PlanScore best, Duration elapsed) {}
