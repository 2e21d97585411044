package io.github.veivalg.examples;

import io.github.veivalg.InvalidRequestException;
import io.github.veivalg.json.JsonLimits;
import io.github.veivalg.Problem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile JSON for the reader: valid requests, mutated ones, random JSON trees, inputs past each
 * limit, nesting 10 000 levels deep, huge numbers and binary data. Plain Java on a {@link Random},
 * so that the jqwik properties ({@code JsonFuzzTest}) and the benchmarks' harness
 * ({@code FuzzHarness}, 100 000 tries and more) draw from the same inputs, each reproducible from
 * its seed.
 */
public final class JsonFuzz {

    /** What kind of input a try is. */
    public enum Kind { VALID, MUTATED, RANDOM_TREE, OVERSIZED, DEEP, HUGE_NUMBER, BINARY }

    /** One input: its kind and its bytes. */
    public record Input(Kind kind, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** How one input was met. */
    public enum Outcome { ANSWERED, REFUSED }

    /** Two real requests the mutations start from (as in examples/cases, on one line). */
    static final String[] SEEDS = {
            "{\"evaluationDate\":\"2025-05-20\",\"buyer\":{\"authorityKind\":\"MUNICIPALITY\",\"buyerControlsSupplier\":false,"
                    + "\"isCooperationBetweenAuthorities\":false},\"purchase\":{\"subjectType\":\"SERVICES\",\"serviceCategory\":\"ORDINARY\","
                    + "\"cpvCodes\":[\"72212000\"],\"estimatedValueNok\":450000,\"valueIncludesOptionsAndExtensions\":true,"
                    + "\"contractDurationMonths\":9,\"agreementType\":\"SINGLE_CONTRACT\",\"isMutuallyBindingForPayment\":true,"
                    + "\"isGrantUnderGrantRules\":false,\"isUserChoiceScheme\":false,\"isEmploymentContract\":false,"
                    + "\"isRealEstateAcquisitionOrRental\":false,\"involvesExerciseOfPublicAuthority\":false,"
                    + "\"isResearchAndDevelopmentService\":false,\"isSplitToAvoidThreshold\":false},"
                    + "\"market\":{\"solutionExistsOnMarket\":false,\"wantsMarketDialogue\":true},\"supplier\":{\"isSme\":true}}",
            "{\"evaluationDate\":\"2025-10-01\",\"buyer\":{\"authorityKind\":\"MUNICIPALITY\",\"buyerControlsSupplier\":false},"
                    + "\"purchase\":{\"subjectType\":\"SERVICES\",\"serviceCategory\":\"HEALTH_AND_SOCIAL\",\"cpvCodes\":[\"85312000\"],"
                    + "\"estimatedValueNok\":12000000,\"valueIncludesOptionsAndExtensions\":true,\"isDividedIntoLots\":true,"
                    + "\"lots\":[{\"id\":\"A\",\"valueNok\":7000000,\"subjectType\":\"SERVICES\"},{\"id\":\"B\",\"valueNok\":5000000,"
                    + "\"subjectType\":\"SERVICES\"}]},\"supplier\":{\"supplierLegalForm\":\"STIFTELSE\",\"isNonProfit\":true}}",
    };

    private static final String[] KEYS = {"evaluationDate", "buyer", "purchase", "market", "supplier", "process", "cpvCodes",
            "lots", "estimatedValueNok", "authorityKind", "id", "valueNok", "subjectType", "isNonProfit", "x", "", "\u2028", "é"};
    /** Characters a mutation inserts: JSON's own, line ends that are not JSON Lines ends, and the odd ones. */
    private static final String ALPHABET = "{}[]\",:\\ \t\r\n0123456789-+.eEtruefalsn\u2028\u2029\uFFFD\u0000\u00e5\uD83D\uDE00a";

    private JsonFuzz() {
    }

    /** One input of a kind chosen at random. */
    public static Input next(Random random) {
        Kind[] kinds = Kind.values();
        return next(random, kinds[random.nextInt(kinds.length)]);
    }

    /** One input of the given kind. */
    public static Input next(Random random, Kind kind) {
        return switch (kind) {
            case VALID -> utf8(kind, SEEDS[random.nextInt(SEEDS.length)]);
            case MUTATED -> utf8(kind, mutate(random, SEEDS[random.nextInt(SEEDS.length)]));
            case RANDOM_TREE -> utf8(kind, tree(random, 0));
            case OVERSIZED -> utf8(kind, oversized(random));
            case DEEP -> utf8(kind, deep(random, 10_000));
            case HUGE_NUMBER -> utf8(kind, hugeNumber(random));
            case BINARY -> {
                byte[] bytes = new byte[1 + random.nextInt(200)];
                random.nextBytes(bytes);
                yield new Input(kind, bytes);
            }
        };
    }

    private static Input utf8(Kind kind, String text) {
        return new Input(kind, text.getBytes(StandardCharsets.UTF_8));
    }

    static String mutate(Random random, String text) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(5);
        for (int i = 0; i < edits && out.length() > 0; i++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0 -> out.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 1 -> out.deleteCharAt(at);
                case 2 -> out.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> {
                    int end = Math.min(out.length(), at + random.nextInt(40));
                    out.insert(at, out.substring(at, end));
                }
            }
        }
        return out.toString();
    }

    static String tree(Random random, int depth) {
        int pick = random.nextInt(depth > 4 ? 5 : 8);
        return switch (pick) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> random.nextBoolean() ? String.valueOf(random.nextLong()) : String.valueOf(random.nextDouble() * 1e6);
            case 3 -> "\"" + KEYS[random.nextInt(KEYS.length)] + "\"";
            case 4 -> "\"2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "\"";
            case 5, 6 -> {
                StringBuilder out = new StringBuilder("{");
                int fields = random.nextInt(6);
                for (int i = 0; i < fields; i++) {
                    out.append(i > 0 ? "," : "").append('"').append(KEYS[random.nextInt(KEYS.length)]).append(i).append("\":")
                            .append(tree(random, depth + 1));
                }
                yield out.append('}').toString();
            }
            default -> {
                StringBuilder out = new StringBuilder("[");
                int items = random.nextInt(6);
                for (int i = 0; i < items; i++) {
                    out.append(i > 0 ? "," : "").append(tree(random, depth + 1));
                }
                yield out.append(']').toString();
            }
        };
    }

    static String oversized(Random random) {
        String seed = SEEDS[0];
        int cut = seed.lastIndexOf('}');
        return switch (random.nextInt(6)) {
            case 0 -> seed.substring(0, cut) + ",\"x\":\"" + "A".repeat(JsonLimits.MAX_STRING_CHARS + 1 + random.nextInt(100_000)) + "\"}";
            case 1 -> seed.replace("[\"72212000\"]", "[" + "\"72212000\",".repeat(JsonLimits.MAX_ARRAY_ITEMS + random.nextInt(5_000)) + "\"1\"]");
            case 2 -> {
                StringBuilder out = new StringBuilder("{\"evaluationDate\":\"2025-06-01\",\"purchase\":{");
                int fields = JsonLimits.MAX_OBJECT_FIELDS + 1 + random.nextInt(3_000);
                for (int i = 0; i < fields; i++) {
                    out.append(i > 0 ? "," : "").append("\"unknown").append(i).append("\":").append(i);
                }
                yield out.append("}}").toString();
            }
            case 3 -> seed.substring(0, cut) + " ".repeat(JsonLimits.MAX_REQUEST_BYTES) + "}";
            case 4 -> "{\"" + "k".repeat(JsonLimits.MAX_FIELD_NAME_CHARS + 1 + random.nextInt(10_000)) + "\":1}";
            default -> {
                StringBuilder out = new StringBuilder("{\"evaluationDate\":\"2025-06-01\"");
                int arrays = 21 + random.nextInt(10);
                for (int a = 0; a < arrays; a++) {
                    out.append(",\"a").append(a).append("\":[").append("0,".repeat(JsonLimits.MAX_ARRAY_ITEMS - 1)).append("0]");
                }
                yield out.append('}').toString();
            }
        };
    }

    static String deep(Random random, int levels) {
        if (random.nextBoolean()) {
            return "[".repeat(levels) + "]".repeat(levels);
        }
        return "{\"a\":".repeat(levels) + "1" + "}".repeat(levels);
    }

    static String hugeNumber(Random random) {
        String number = switch (random.nextInt(5)) {
            case 0 -> "9".repeat(JsonLimits.MAX_NUMBER_CHARS + 1 + random.nextInt(10_000));
            case 1 -> "1e" + (random.nextBoolean() ? "" : "-") + (999_999_999L - random.nextInt(1000));
            case 2 -> "0." + "0".repeat(30) + "1";
            case 3 -> "-" + "1".repeat(1 + random.nextInt(JsonLimits.MAX_NUMBER_CHARS - 1));
            default -> random.nextLong() + "." + Math.abs(random.nextLong()) + "E" + (random.nextInt(800) - 400);
        };
        String field = random.nextBoolean() ? "estimatedValueNok" : "contractDurationMonths";
        return "{\"evaluationDate\":\"2025-06-01\",\"purchase\":{\"" + field + "\":" + number + "}}";
    }

    /**
     * Reads one input and says how it was met: answered, or refused with listed problems. Anything
     * else (another exception, an empty or unbounded refusal, a library's words in a message) is a
     * defect and throws {@link AssertionError}.
     */
    public static Outcome check(Input input) {
        try {
            JsonIo.readRequest(input.bytes());
            return Outcome.ANSWERED;
        } catch (InvalidRequestException e) {
            checkRefusal(e);
            return Outcome.REFUSED;
        }
    }

    /** A refusal lists at least one problem, within the bounds, in the project's own words. */
    public static void checkRefusal(InvalidRequestException e) {
        List<Problem> problems = e.problems();
        if (problems.isEmpty() || problems.size() > JsonLimits.MAX_LISTED_PROBLEMS) {
            throw new AssertionError("a refusal must list 1 to " + JsonLimits.MAX_LISTED_PROBLEMS + " problems: " + problems.size());
        }
        for (Problem p : problems) {
            if (p.field().isBlank() || p.message().isBlank() || p.field().length() > JsonLimits.MAX_FIELD_PATH_CHARS
                    || p.message().length() > JsonLimits.MAX_MESSAGE_CHARS) {
                throw new AssertionError("a problem must name its field and what is wrong, within the bounds: " + p);
            }
            String words = p.toString();
            for (String foreign : LIBRARY_WORDS) {
                if (words.contains(foreign)) {
                    throw new AssertionError("a problem speaks the library's words (" + foreign + "): " + p);
                }
            }
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * Checks the service's answer to one input: 200 with a complete answer (every path, each with a
     * status and a reason), or 400 or 413 with the refusal's problems listed as {@link #checkRefusal}
     * wants them. Anything else (a 500, another status, a partial answer) throws {@link AssertionError}.
     *
     * @return the outcome, and for a refusal its kind (see {@link #refusalKind})
     */
    public static String checkServiceAnswer(int status, String body) {
        com.fasterxml.jackson.databind.JsonNode json;
        try {
            json = MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("status " + status + " with a body that is not JSON: " + body);
        }
        if (status == 200) {
            com.fasterxml.jackson.databind.JsonNode paths = json.path("paths");
            if (paths.size() != io.github.veivalg.vocabulary.PathId.values().length) {
                throw new AssertionError("an answer without every path: " + paths.size());
            }
            for (com.fasterxml.jackson.databind.JsonNode p : paths) {
                if (p.path("status").asText().isEmpty() || p.path("reason").asText().isEmpty()) {
                    throw new AssertionError("a path without status or reason: " + p);
                }
            }
            return "ANSWERED";
        }
        if (status != 400 && status != 413) {
            throw new AssertionError("status " + status + ": " + body);
        }
        List<Problem> problems = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode e : json.path("errors")) {
            problems.add(new Problem(e.path("field").asText(), e.path("message").asText()));
        }
        InvalidRequestException refusal = new InvalidRequestException(problems, json.path("moreErrors").asLong(0));
        checkRefusal(refusal);
        return "REFUSED " + status + " " + refusalKind(refusal);
    }

    /** Words that betray a library's internals in a message meant for a person. */
    static final List<String> LIBRARY_WORDS = List.of("StreamReadConstraints", "jackson", "Jackson", "REDACTED", "Exception",
            "com.fasterxml", "java.", "JsonToken", "`");

    /** The kind of a refusal, from its first problem, for a tally. */
    public static String refusalKind(InvalidRequestException e) {
        String m = e.problems().get(0).message();
        List<String[]> kinds = new ArrayList<>(List.of(
                new String[] {"larger than", "bytes"}, new String[] {"nested deeper", "depth"}, new String[] {"items", "array items"},
                new String[] {"fields", "object fields"}, new String[] {"values", "values"}, new String[] {"string longer", "string length"},
                new String[] {"field name longer", "name length"}, new String[] {"number longer", "number length"},
                new String[] {"not JSON text", "binary"}, new String[] {"is empty", "empty"}, new String[] {"given twice", "duplicate field"},
                new String[] {"JSON", "malformed JSON"}));
        for (String[] k : kinds) {
            if (m.contains(k[0])) {
                return k[1];
            }
        }
        return "contract";
    }
}
