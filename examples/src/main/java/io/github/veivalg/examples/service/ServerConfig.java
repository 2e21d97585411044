package io.github.veivalg.examples.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How the service listens and how much it takes on at once. Every limit is finite: the service
 * refuses work past it (503 with {@code Retry-After}) rather than queue it without bound.
 *
 * @param host               the address to listen on; {@code 127.0.0.1} by default, so that a
 *                           service started by hand is not open to the network
 * @param port               the port; 0 picks a free one ({@link VeivalgServer#port()} tells which)
 * @param assessmentThreads  how many assessments run at once (they are CPU-bound: about the cores)
 * @param assessmentQueue    how many assessments may wait for a thread; more are refused with 503
 * @param idleTimeout        how long a connection may stay silent, mid-request or between requests
 * @param readTimeout        how long reading one request body may take in all, however it trickles
 * @param stopTimeout        how long a shutdown waits for requests in flight before it closes them
 */
public record ServerConfig(String host, int port, int assessmentThreads, int assessmentQueue,
                           Duration idleTimeout, Duration readTimeout, Duration stopTimeout) {

    /** The default address: this machine only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        if (assessmentThreads < 1 || assessmentQueue < 0) {
            throw new IllegalArgumentException("assessmentThreads must be at least 1 and assessmentQueue at least 0");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()
                || stopTimeout.isNegative()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** 127.0.0.1:8080, one assessment thread per core (at least 2), 64 waiting, 30 s idle and read, 10 s to stop. */
    public static ServerConfig defaults() {
        int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
        return new ServerConfig(DEFAULT_HOST, 8080, cores, 64, Duration.ofSeconds(30), Duration.ofSeconds(30),
                Duration.ofSeconds(10));
    }

    public ServerConfig withHost(String host) {
        return new ServerConfig(host, port, assessmentThreads, assessmentQueue, idleTimeout, readTimeout, stopTimeout);
    }

    public ServerConfig withPort(int port) {
        return new ServerConfig(host, port, assessmentThreads, assessmentQueue, idleTimeout, readTimeout, stopTimeout);
    }

    public ServerConfig withAssessments(int threads, int queue) {
        return new ServerConfig(host, port, threads, queue, idleTimeout, readTimeout, stopTimeout);
    }

    public ServerConfig withTimeouts(Duration idle, Duration read, Duration stop) {
        return new ServerConfig(host, port, assessmentThreads, assessmentQueue, idle, read, stop);
    }
}
