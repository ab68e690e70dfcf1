package org.veche.planner.lp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which GLOP parameters each level of the lexicographic solve gets (see {@link SolverParameters}). */
class SolverParametersTest {

    static {
        Loader.loadNativeLibraries();
    }

    private final MPSolver glop = MPSolver.createSolver("GLOP");

    @AfterEach
    void delete() {
        glop.delete();
    }

    @Test
    void theFirstLevelPresolvesAndRunsTheDualSimplexFromSlacks() {
        assertThat(SolverParameters.apply(glop, 0))
                .startsWith("GLOP [")
                .contains("use_dual_simplex: true")
                .doesNotContain("use_preprocessing")
                .doesNotContain("initial_condition_number_threshold");
    }

    @Test
    void laterLevelsKeepTheWarmBasisWithoutPresolveAndFromTheThirdOnWhateverItsConditionEstimate() {
        assertThat(SolverParameters.apply(glop, 1))
                .contains("use_dual_simplex: false", "use_preprocessing: false")
                .doesNotContain("initial_condition_number_threshold");
        assertThat(SolverParameters.apply(glop, 2)).contains("use_preprocessing: false",
                "initial_condition_number_threshold: 1e300");
        assertThat(SolverParameters.apply(glop, 3)).contains("initial_condition_number_threshold: 1e300");
    }
}
