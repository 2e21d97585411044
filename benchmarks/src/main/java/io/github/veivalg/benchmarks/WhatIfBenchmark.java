package io.github.veivalg.benchmarks;

import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.Veivalg;
import io.github.veivalg.WhatIf;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The cost of a what-if (issue #14): one {@code Veivalg.whatIf} per operation over the scenario mix,
 * with the default session strategy, against one plain {@code assess} of the same inputs. A what-if
 * answers all 44 paths at once, so its cost per path is the figure divided by 44. Run it alone:
 * {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main WhatIfBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WhatIfBenchmark {

    /** The default knowledge base and the scenario mix. */
    @State(Scope.Benchmark)
    public static class Kb {
        Veivalg veivalg;
        AssessmentRequest[] mix;

        @Setup(Level.Trial)
        public void load() {
            veivalg = Veivalg.create();
            mix = Inputs.mix();
        }

        @TearDown(Level.Trial)
        public void close() {
            veivalg.close();
        }
    }

    @Benchmark
    public WhatIf whatIf(Kb kb, Cursor cursor) {
        return kb.veivalg.whatIf(kb.mix[cursor.next(kb.mix.length)], Locale.ENGLISH);
    }

    @Benchmark
    public Object assessSameInputs(Kb kb, Cursor cursor) {
        return kb.veivalg.assess(kb.mix[cursor.next(kb.mix.length)], Locale.ENGLISH);
    }
}
