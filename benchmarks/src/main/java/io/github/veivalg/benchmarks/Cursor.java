package io.github.veivalg.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/** Each benchmark thread walks the inputs round-robin from its own starting point. */
@State(Scope.Thread)
public class Cursor {

    private int next;

    @Setup(Level.Trial)
    public void start(ThreadParams thread) {
        // Threads start far apart, so that two threads rarely assess the same input at once.
        next = thread.getThreadIndex() * 7919;
    }

    /** The index of the next input among {@code size}. */
    public int next(int size) {
        return Math.floorMod(next++, size);
    }
}
