package io.github.veivalg.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/** Each benchmark thread walks the inputs round-robin from its own starting point. */
@State(Scope.Thread)
public class Cursor {

    /** Threads start this far apart, so that two threads rarely assess the same input at once. */
    static final int STRIDE = 7919;

    private int next;

    /** For JMH, which starts the cursor in {@link #start}. */
    public Cursor() {
    }

    /** A cursor for the {@code threadIndex}-th thread outside JMH (the soak probe's threads). */
    Cursor(int threadIndex) {
        next = threadIndex * STRIDE;
    }

    @Setup(Level.Trial)
    public void start(ThreadParams thread) {
        next = thread.getThreadIndex() * STRIDE;
    }

    /** The index of the next input among {@code size}. */
    public int next(int size) {
        return Math.floorMod(next++, size);
    }
}
