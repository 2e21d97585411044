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

    @Test
    void thePhaseProfile_timesEveryPhase_andCarriesItsFiguresFromTheChildJvmToTheTable() throws Exception {
        PhaseProfile.Result r = PhaseProfile.run(Engine.DEFAULT_STRATEGY, 0, 200);
        assertThat(r.calls()).isEqualTo(200);
        // Every phase of a pooled call takes some time; the text rendering is measured after the call.
        assertThat(r.meanMicros()).hasSize(Engine.Phase.values().length + 1).allSatisfy((phase, micros) -> assertThat(micros).isPositive());
        assertThat(r.p50Micros()).isPositive();
        PhaseProfile.Result carried = PhaseProfile.decode(java.util.Arrays.stream(PhaseProfile.encode(r).split(" "))
                .map(pair -> pair.split("=")).collect(java.util.stream.Collectors.toMap(p -> p[0], p -> p[1])));
        assertThat(carried).isEqualTo(r);
        assertThat(PhaseProfile.table(carried)).contains("| fire |", "| answer assembly |", "p50 / mean of 200 calls");
    }
}
