package io.github.veivalg.benchmarks;

import io.github.veivalg.Assessment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

import java.util.concurrent.TimeUnit;

/**
 * One warm {@code Veivalg.assess} per operation, over the realistic mix of scenario inputs. The
 * harness runs it in {@link Mode#SampleTime} (average, p50, p99 of single calls) on one thread and
 * in {@link Mode#Throughput} on one and on two threads, once for each session strategy.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AssessBenchmark {

    @Benchmark
    public Assessment assess(KnowledgeBaseState kb, Cursor cursor) {
        return kb.veivalg.assess(kb.mix[cursor.next(kb.mix.length)]);
    }
}
