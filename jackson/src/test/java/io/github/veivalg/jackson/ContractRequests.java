package io.github.veivalg.jackson;

import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.json.JsonContract;
import io.github.veivalg.Problem;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Random valid requests in the contract's map form, from a seed. The facts are found by walking the
 * typed API's record components, so a fact added to core is generated too (and a new kind of value
 * fails here loudly); facts that contradict each other are dropped by asking the contract which.
 */
final class ContractRequests {

    private static final String[] CPV = {"85312000", "85311000-2", "55512000", "90910000", "72212000", "30200000", "45210000"};
    private static final long[] AMOUNTS = {0, 1, 99_999, 100_000, 1_300_000, 2_300_000, 12_000_000, 57_800_000, 1_000_000_000_000_000L};

    private final Random random;
    private final double known;

    private ContractRequests(long seed) {
        this.random = new Random(seed);
        this.known = random.nextDouble();
    }

    /** A request map that {@link JsonContract#requestFromMap} accepts. */
    static Map<String, Object> request(long seed) {
        ContractRequests gen = new ContractRequests(seed);
        Map<String, Object> json = gen.object(AssessmentRequest.class, "");
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                JsonContract.requestFromMap(json);
                return json;
            } catch (InvalidRequestException e) {
                for (Problem p : e.problems()) {
                    remove(json, p.field().replaceAll("\\[\\d+].*$", ""), p.message());
                }
            }
        }
        throw new IllegalStateException("No valid request from seed " + seed);
    }

    @SuppressWarnings("unchecked")
    private static void remove(Map<String, Object> json, String field, String message) {
        String[] parts = field.split("\\.");
        Map<String, Object> group = json;
        for (int i = 0; i < parts.length - 1 && group != null; i++) {
            group = group.get(parts[i]) instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
        }
        if (group != null && group.remove(parts[parts.length - 1]) == null) {
            // A required fact that is absent ("is required when isSplitToAvoidThreshold = true"): drop the fact that requires it.
            group.keySet().removeIf(message::contains);
        }
    }

    private Map<String, Object> object(Class<?> type, String path) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            boolean always = type == AssessmentRequest.class;
            if (always || random.nextDouble() < known) {
                Object value = value(c.getGenericType(), path + c.getName());
                if (value != null) {
                    out.put(c.getName(), value);
                }
            }
        }
        return out;
    }

    private Object value(Type type, String path) {
        if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            return value(p.getActualTypeArguments()[0], path);
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            Type item = p.getActualTypeArguments()[0];
            if (item == String.class) {
                List<Object> codes = new ArrayList<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    codes.add(CPV[random.nextInt(CPV.length)]);
                }
                return codes;
            }
            if (item == io.github.veivalg.Lot.class) {
                List<Object> lots = new ArrayList<>();
                for (int i = 0, n = random.nextInt(4); i < n; i++) {
                    Map<String, Object> lot = new LinkedHashMap<>();
                    lot.put("id", "lot-" + i);
                    lot.put("valueNok", random.nextInt(1_000_000));
                    if (random.nextBoolean()) {
                        lot.put("subjectType", new String[] {"GOODS", "SERVICES", "WORKS"}[random.nextInt(3)]);
                    }
                    lots.add(lot);
                }
                return lots;
            }
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2017, 1, 1).plusDays(random.nextInt(14 * 365)).toString();
        }
        if (type == Boolean.class || type == boolean.class) {
            return random.nextBoolean();
        }
        if (type == Integer.class) {
            return 1 + random.nextInt(600);
        }
        if (type == io.github.veivalg.vocabulary.Money.class) {
            return random.nextBoolean() ? AMOUNTS[random.nextInt(AMOUNTS.length)] : (long) (random.nextDouble() * 1e9);
        }
        if (type == io.github.veivalg.vocabulary.Percent.class) {
            // 0 to 100 with up to two decimals, sometimes a whole number.
            return random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(10_001), 2) : BigDecimal.valueOf(random.nextInt(101));
        }
        if (type instanceof Class<?> c && c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return ((Enum<?>) constants[random.nextInt(constants.length)]).name();
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            return object(c, path + ".");
        }
        throw new IllegalStateException("The generator has no values for " + type + " (" + path + "): teach it the new kind of fact");
    }
}
