package io.github.veivalg;

import io.github.veivalg.json.JsonContract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Eight threads × 10 000 assessments over random inputs give exactly what serial evaluation gives. */
class ConcurrencyTest {

    private static final Veivalg VEIVALG = Veivalg.create();

    @AfterAll
    static void close() {
        VEIVALG.close();
    }


    @Test
    void eightThreads_tenThousandAssessmentsEach_matchSerialEvaluation() throws Exception {
        List<AssessmentRequest> requests = new ArrayList<>();
        Random seeds = new Random(20261126);
        while (requests.size() < 400) {
            Map<String, Object> json = RandomRequests.request(seeds.nextLong(), 0.8);
            try {
                requests.add(JsonContract.requestFromMap(json));
            } catch (InvalidRequestException e) {
                // A random combination the contract refuses proves nothing here.
            }
        }
        List<Assessment> serial = new ArrayList<>();
        for (AssessmentRequest r : requests) {
            serial.add(VEIVALG.assess(r, Locale.ENGLISH));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                long threadSeed = t;
                Callable<Integer> worker = () -> {
                    Random order = new Random(threadSeed);
                    int mismatches = 0;
                    for (int i = 0; i < 10_000; i++) {
                        int k = order.nextInt(requests.size());
                        if (!VEIVALG.assess(requests.get(k), Locale.ENGLISH).equals(serial.get(k))) {
                            mismatches++;
                        }
                    }
                    return mismatches;
                };
                results.add(pool.submit(worker));
            }
            int mismatches = 0;
            for (Future<Integer> f : results) {
                mismatches += f.get();
            }
            assertThat(mismatches).as("answers that differ from serial evaluation").isZero();
        } finally {
            pool.shutdownNow();
        }
    }
}
