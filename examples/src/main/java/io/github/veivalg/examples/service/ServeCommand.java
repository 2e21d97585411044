package io.github.veivalg.examples.service;

import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.Problem;
import io.github.veivalg.examples.JsonIo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code veivalg serve}: runs the service until SIGTERM or SIGINT, then stops gracefully (stops
 * accepting, lets the requests in flight finish within {@code --stop-timeout}) and exits 0.
 */
@Command(name = "serve", description = "Serve the JSON contract over HTTP, and the wizard page at /, until stopped (SIGTERM or Ctrl-C).")
public final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (printed). Default: 8080.")
    int port;

    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST, description = "Address to listen on. Default: 127.0.0.1 (this machine only).")
    String host;

    @Option(names = "--threads", description = "Assessments at once. Default: the number of cores, at least 2.")
    Integer threads;

    @Option(names = "--queue", defaultValue = "64", description = "Assessments that may wait; more get 503. Default: 64.")
    int queue;

    @Option(names = "--stop-timeout", defaultValue = "10", description = "Seconds a shutdown waits for requests in flight. Default: 10.")
    int stopSeconds;

    @Option(names = "--debug", description = "Print stack traces of internal failures.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Problem> problems = new ArrayList<>();
        if (port < 0 || port > 65_535) {
            problems.add(new Problem("--port", "must be 0-65535, was " + port));
        }
        if (threads != null && threads < 1) {
            problems.add(new Problem("--threads", "must be at least 1, was " + threads));
        }
        if (queue < 0) {
            problems.add(new Problem("--queue", "must be at least 0, was " + queue));
        }
        if (stopSeconds < 0) {
            problems.add(new Problem("--stop-timeout", "must be at least 0, was " + stopSeconds));
        }
        if (!problems.isEmpty()) {
            spec.commandLine().getErr().println(JsonIo.errors(new InvalidRequestException(problems), false));
            return 2;
        }
        ServerConfig defaults = ServerConfig.defaults();
        ServerConfig config = defaults.withHost(host).withPort(port)
                .withAssessments(threads != null ? threads : defaults.assessmentThreads(), queue)
                .withTimeouts(defaults.idleTimeout(), defaults.readTimeout(), Duration.ofSeconds(stopSeconds));
        CountDownLatch stop = new CountDownLatch(1);
        boolean signals = onSignals(stop::countDown);
        VeivalgServer server;
        try {
            server = VeivalgServer.start(config);
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println("veivalg: " + e.getMessage());
            return 1;
        }
        AtomicBoolean finished = new AtomicBoolean();
        // Should the JVM take the signal its own way after all (no signal handling here, or a race at
        // start), its shutdown hooks run: this one stops gracefully too, and keeps the exit code 0.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!finished.get()) {
                server.close();
                out.println("Veivalg stopped");
                out.flush();
                Runtime.getRuntime().halt(0);
            }
        }, "veivalg-stop"));
        out.println("Veivalg listening on " + server.uri());
        out.flush();
        if (!signals) {
            spec.commandLine().getErr().println("veivalg: no signal handling here; stopping relies on the JVM's shutdown hooks");
        }
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        finished.set(true);
        out.println("Veivalg stopped");
        out.flush();
        return 0;
    }

    /**
     * Turns SIGTERM and SIGINT into a graceful stop with exit 0 (the JVM's default would run the
     * shutdown hooks and exit 143). Returns false where the JVM offers no signal handling.
     */
    @SuppressWarnings("restriction")
    private static boolean onSignals(Runnable action) {
        boolean term = false;
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> action.run());
                term |= name.equals("TERM");
            } catch (IllegalArgumentException | LinkageError | SecurityException e) {
                // INT is ignored in a background job of a shell, and then cannot be handled: TERM still can.
            }
        }
        return term;
    }
}
