package io.github.veivalg.examples.service;

import io.github.veivalg.Veivalg;
import io.github.veivalg.examples.JsonFuzz;
import io.github.veivalg.examples.RawHttp;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's JSON reader fuzzed over HTTP with JsonFuzz's inputs (valid, mutated, random trees,
 * oversized, 10 000 levels deep, huge numbers, binary): each is answered completely (200, every
 * path) or refused with listed problems (400, or 413 past 1 MiB), never a 500, another status, a
 * partial answer or a hang (the client gives up after 2 minutes). A few tries here; the benchmarks'
 * FuzzHarness runs 100 000 and more with {@code --service}.
 */
class ServiceFuzzTest {

    static Veivalg veivalg;
    static VeivalgServer server;
    static RawHttp http;

    @BeforeContainer
    static void start() {
        veivalg = Veivalg.create();
        server = VeivalgServer.start(ServerConfig.defaults().withPort(0), veivalg);
        http = new RawHttp("127.0.0.1", server.port());
    }

    @AfterContainer
    static void stop() {
        http.close();
        server.close();
        veivalg.close();
        assertThat(server.inFlight()).isZero();
    }

    @Provide
    Arbitrary<JsonFuzz.Input> inputs() {
        return Arbitraries.of(JsonFuzz.Kind.values()).flatMap(kind -> Arbitraries.randomValue(random -> JsonFuzz.next(random, kind)));
    }

    @Property(tries = 150)
    void everyInput_isAnsweredCompletely_orRefusedWithListedProblems(@ForAll("inputs") JsonFuzz.Input input) throws Exception {
        RawHttp.Response r = http.post("/v1/assessments?lang=en", "application/json", input.bytes());
        String outcome = JsonFuzz.checkServiceAnswer(r.status(), r.body());
        if (input.kind() == JsonFuzz.Kind.VALID) {
            assertThat(outcome).isEqualTo("ANSWERED");
        }
        if (input.kind() == JsonFuzz.Kind.OVERSIZED || input.kind() == JsonFuzz.Kind.DEEP) {
            assertThat(outcome).startsWith("REFUSED");
        }
    }
}
