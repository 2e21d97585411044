package io.github.veivalg.jackson;

import io.github.veivalg.json.JsonContract;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The round-trip property is only as good as its requests: they must reach nearly every fact of the contract. */
class ContractRequestsTest {

    @Test
    void twoHundredSeedsKnowAlmostEveryFactBetweenThem() {
        Set<String> facts = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            Map<String, Object> request = ContractRequests.request(seed);
            JsonContract.requestFromMap(request);   // valid, or this throws
            request.forEach((group, value) -> {
                if (value instanceof Map<?, ?> m) {
                    m.keySet().forEach(k -> facts.add(group + "." + k));
                }
            });
        }
        // The contract has 77 facts in its five groups (buyer 7, purchase 27, market 24, supplier 13, process 6).
        assertThat(facts).hasSizeGreaterThanOrEqualTo(75).contains("purchase.lots", "purchase.cpvCodes",
                "supplier.shareDisadvantagedEmployees", "purchase.relatedPurchasesValueNok", "buyer.cooperationMarketShare");
    }
}
