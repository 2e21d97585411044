package io.github.veivalg.benchmarks;

import io.github.veivalg.Veivalg;
import io.github.veivalg.internal.Engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The harness's probes look behind the facade by reflection (the API does not show the engine);
 * this keeps them pointed at what is there, so that a change of Veivalg's fields breaks a test,
 * not the benchmark run.
 */
class ProbesTest {

    @Test
    void theProbes_findTheEngineBehindTheFacade_itsStrategyAndItsSessions() throws Exception {
        try (Veivalg veivalg = Veivalg.create()) {
            assertThat(Probes.strategyOf(veivalg)).isEqualTo(Engine.DEFAULT_STRATEGY);
            veivalg.assess(Inputs.mix()[0]);
            assertThat(Probes.liveSessions(veivalg)).isBetween(0, 16);
        }
    }
}
