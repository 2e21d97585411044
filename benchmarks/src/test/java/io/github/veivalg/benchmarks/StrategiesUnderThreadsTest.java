package io.github.veivalg.benchmarks;

import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.Veivalg;
import io.github.veivalg.internal.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A strategy may be kept only if it is correct under threads: four threads sharing one instance
 * give, for every scenario input, what serial evaluation gives.
 */
class StrategiesUnderThreadsTest {

    private static final int THREADS = 4;
    private static final int PER_THREAD = 3_000;
    /** The shuffled scenario requests, parsed once for all strategies; the seed is fixed and the array is only read. */
    private static final AssessmentRequest[] MIX = Inputs.mix();

    @ParameterizedTest
    @EnumSource(Engine.Strategy.class)
    void strategy_fourThreadsOnOneInstance_matchSerialEvaluation(Engine.Strategy strategy) throws Exception {
        AssessmentRequest[] mix = MIX;
        try (Veivalg veivalg = KnowledgeBaseState.create(strategy)) {
            long[] serial = new long[mix.length];
            for (int i = 0; i < mix.length; i++) {
                serial[i] = Probes.fingerprint(veivalg.assess(mix[i]));
            }
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int offset = t * 7919;
                    results.add(pool.submit(() -> {
                        int mismatches = 0;
                        for (int i = 0; i < PER_THREAD; i++) {
                            int k = (offset + i) % mix.length;
                            if (Probes.fingerprint(veivalg.assess(mix[k])) != serial[k]) {
                                mismatches++;
                            }
                        }
                        return mismatches;
                    }));
                }
                int mismatches = 0;
                for (Future<Integer> f : results) {
                    mismatches += f.get();
                }
                assertThat(mismatches).as("answers under " + strategy + " that differ from serial evaluation").isZero();
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
