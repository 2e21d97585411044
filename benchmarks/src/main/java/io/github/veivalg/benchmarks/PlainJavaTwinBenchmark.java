package io.github.veivalg.benchmarks;

import io.github.veivalg.AssessmentRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * The plain-Java twin (band and five statuses) over the same subset as
 * {@link TwinComparisonBenchmark#knowledgeBase}: one operation decides every request once. It has
 * no session strategy, so it runs once.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class PlainJavaTwinBenchmark {

    private PlainJavaTwin twin;
    private AssessmentRequest[] twinSubset;

    @Setup(Level.Trial)
    public void load() {
        twin = PlainJavaTwin.load();
        twinSubset = Inputs.twinSubset(twin);
    }

    @Benchmark
    public void plainJava(Blackhole bh) {
        for (AssessmentRequest request : twinSubset) {
            bh.consume(twin.decide(request));
        }
    }
}
