package io.github.veivalg.json;

import org.apiguardian.api.API;

import io.github.veivalg.*;
import io.github.veivalg.vocabulary.Money;

import io.github.veivalg.vocabulary.AgreementType;
import io.github.veivalg.vocabulary.AuthorityKind;
import io.github.veivalg.vocabulary.LegalForm;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.vocabulary.ServiceCategory;
import io.github.veivalg.vocabulary.SubjectType;
import io.github.veivalg.vocabulary.UserDisclosureConsent;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * The JSON contract (format version 1) as plain Java maps and lists, so that any JSON library can
 * read and write it: parse JSON into a {@code Map}, turn it into a request here, and turn an
 * assessment or a list of problems back into a {@code Map} to write as JSON.
 *
 * <p>The mapping is strict. An unknown field, a wrong type, an enum value that does not exist, a
 * fraction of a krone, a number too large, a malformed date or CPV code: every problem is
 * collected, with its field path, into one {@link InvalidRequestException}, and nothing is
 * assessed. A field that is absent or {@code null} is unknown.
 *
 * <p>Example (json):
 * <pre>{@code
 * Map<String, Object> json = Map.of(
 *         "evaluationDate", "2025-06-01",
 *         "purchase", Map.of("estimatedValueNok", 50_000, "valueIncludesOptionsAndExtensions", true));
 * AssessmentRequest request = JsonContract.requestFromMap(json);   // refuses bad input, naming every problem
 * Map<String, Object> response = JsonContract.responseToMap(veivalg.assess(request));
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class JsonContract {

    /** The format version this class reads and writes. */
    public static final int FORMAT_VERSION = 1;

    private JsonContract() {
    }

    // ------------------------------------------------------------------------------------------
    // Request

    /** The request's optional top-level switch for answers without presumptions (spec a.0). */
    public static final String STRICT = "strict";

    /**
     * Reads a request in the contract's shape.
     *
     * @param json the parsed JSON object: maps, lists, strings, numbers, booleans and nulls
     * @throws InvalidRequestException naming every problem, if the request does not follow the contract
     */
    public static AssessmentRequest requestFromMap(Map<String, ?> json) {
        List<Problem> problems = new ArrayList<>();
        if (json == null) {
            throw new InvalidRequestException(List.of(new Problem("request", "must be a JSON object")));
        }
        for (String key : json.keySet()) {
            if (!List.of("evaluationDate", "buyer", "purchase", "market", "supplier", "process", STRICT).contains(key) && !key.equals(WHAT_IF)) {
                // A blank key ("" or spaces) is named in quotes, so that the problem still says where it is.
                problems.add(new Problem(key.isBlank() ? JsonLimits.quote(key) : key, "is not a field of the request"));
            }
        }
        LocalDate date = null;
        Object rawDate = json.get("evaluationDate");
        if (rawDate == null) {
            problems.add(new Problem("evaluationDate", "is required"));
        } else if (!(rawDate instanceof String text)) {
            problems.add(new Problem("evaluationDate", "must be an ISO date string such as \"2025-06-01\""));
        } else {
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(new Problem("evaluationDate", "is not an ISO date (YYYY-MM-DD): " + JsonLimits.quote(text)));
            }
        }
        AssessmentRequest.Builder builder = AssessmentRequest.builder(date);
        Object strict = json.get(STRICT);
        if (strict instanceof Boolean flag) {
            builder.strict(flag);
        } else if (strict != null) {
            problems.add(new Problem(STRICT, "must be true or false"));
        }
        builder.buyer(b -> group(json, "buyer", BUYER_FIELDS, b, problems));
        builder.purchase(b -> group(json, "purchase", PURCHASE_FIELDS, b, problems));
        builder.market(b -> group(json, "market", MARKET_FIELDS, b, problems));
        builder.supplier(b -> group(json, "supplier", SUPPLIER_FIELDS, b, problems));
        builder.process(b -> group(json, "process", PROCESS_FIELDS, b, problems));
        try {
            AssessmentRequest request = builder.build();
            if (problems.isEmpty()) {
                return request;
            }
        } catch (InvalidRequestException e) {
            for (Problem p : e.problems()) {
                // A missing date was already reported as such.
                if (!(date == null && p.field().equals("evaluationDate"))) {
                    problems.add(p);
                }
            }
        }
        throw new InvalidRequestException(problems);
    }

    private static <B> void group(Map<String, ?> json, String name, Map<String, Field<B>> fields, B builder, List<Problem> problems) {
        Object raw = json.get(name);
        if (raw == null) {
            return;
        }
        if (!(raw instanceof Map<?, ?> object)) {
            problems.add(new Problem(name, "must be a JSON object"));
            return;
        }
        for (Map.Entry<?, ?> e : object.entrySet()) {
            String key = String.valueOf(e.getKey());
            Field<B> field = fields.get(key);
            if (field == null) {
                problems.add(new Problem(name + "." + key, "is not a field of " + name));
            } else if (e.getValue() != null) {
                field.apply(builder, e.getValue(), name + "." + key, problems);
            }
        }
    }

    /** One field of a group: how to read its JSON value and hand it to the builder. */
    private record Field<B>(String name, Reader<B> reader) {

        interface Reader<B> {
            void read(B builder, Object value, String path, List<Problem> problems);
        }

        void apply(B builder, Object value, String path, List<Problem> problems) {
            reader.read(builder, value, path, problems);
        }

        static <B> Field<B> bool(String name, BiConsumer<B, Boolean> setter) {
            return new Field<>(name, (b, v, path, problems) -> {
                if (v instanceof Boolean flag) {
                    setter.accept(b, flag);
                } else {
                    problems.add(new Problem(path, "must be true or false, was " + describe(v)));
                }
            });
        }

        static <B> Field<B> percent(String name, BiConsumer<B, Double> setter) {
            return new Field<>(name, (b, v, path, problems) -> {
                if (finiteNumber(v)) {
                    setter.accept(b, new BigDecimal(v.toString()).doubleValue());
                } else {
                    problems.add(new Problem(path, "must be a number from 0 to 100, was " + describe(v)));
                }
            });
        }

        static <B> Field<B> money(String name, BiConsumer<B, Long> setter) {
            return new Field<>(name, (b, v, path, problems) -> {
                Long kroner = kroner(v, path, true, problems);
                if (kroner != null) {
                    setter.accept(b, kroner);
                }
            });
        }

        static <B> Field<B> integer(String name, BiConsumer<B, Integer> setter) {
            return new Field<>(name, (b, v, path, problems) -> {
                BigInteger whole = wholeNumber(v, path, "a whole number of months", problems);
                if (whole == null) {
                    return;
                }
                if (whole.bitLength() > 31) {
                    problems.add(new Problem(path, "is too large, was " + v));
                } else {
                    setter.accept(b, whole.intValueExact());
                }
            });
        }

        static <B, E extends Enum<E>> Field<B> enumeration(String name, Class<E> type, BiConsumer<B, E> setter) {
            return new Field<>(name, (b, v, path, problems) -> {
                E value = enumValue(type, v, path, problems);
                if (value != null) {
                    setter.accept(b, value);
                }
            });
        }

        static <B> Field<B> strings(String name, BiConsumer<B, List<String>> setter) {
            return new Field<>(name, (b, v, path, problems) -> {
                if (!(v instanceof List<?> list)) {
                    problems.add(new Problem(path, "must be a list of strings, was " + describe(v)));
                    return;
                }
                List<String> values = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof String s) {
                        values.add(s);
                    } else {
                        problems.add(new Problem(path + "[" + i + "]", "must be a string, was " + describe(list.get(i))));
                    }
                }
                setter.accept(b, values);
            });
        }

        static Field<PurchaseFacts.Builder> lots(String name) {
            return new Field<>(name, (b, v, path, problems) -> {
                if (!(v instanceof List<?> list)) {
                    problems.add(new Problem(path, "must be a list of lots, was " + describe(v)));
                    return;
                }
                for (int i = 0; i < list.size(); i++) {
                    String at = path + "[" + i + "]";
                    if (!(list.get(i) instanceof Map<?, ?> lot)) {
                        problems.add(new Problem(at, "must be a JSON object with id, valueNok and subjectType"));
                        continue;
                    }
                    int before = problems.size();
                    for (Object key : lot.keySet()) {
                        if (!List.of("id", "valueNok", "subjectType").contains(String.valueOf(key))) {
                            problems.add(new Problem(at + "." + key, "is not a field of a lot"));
                        }
                    }
                    Object id = lot.get("id");
                    if (id != null && !(id instanceof String)) {
                        problems.add(new Problem(at + ".id", "must be a string, was " + describe(id)));
                    }
                    Long value = null;
                    if (lot.get("valueNok") != null) {
                        value = kroner(lot.get("valueNok"), at + ".valueNok", false, problems);
                    }
                    SubjectType subject = lot.get("subjectType") == null ? null
                            : enumValue(SubjectType.class, lot.get("subjectType"), at + ".subjectType", problems);
                    if (problems.size() == before) {
                        b.lot(id instanceof String s ? s : null, value, subject);
                    }
                }
            });
        }

        /**
         * A whole number of kroner of at most {@link Money#MAX_KRONER} in size, or {@code null} after
         * reporting why not. {@code echo} adds the value to the too-large message, as the purchase
         * fields have always done and lots never have.
         */
        private static Long kroner(Object v, String path, boolean echo, List<Problem> problems) {
            BigInteger whole = wholeNumber(v, path, "a whole number of kroner", problems);
            if (whole == null) {
                return null;
            }
            if (whole.abs().compareTo(BigInteger.valueOf(Money.MAX_KRONER)) > 0) {
                problems.add(new Problem(path, "is too large: at most " + Money.MAX_KRONER + " kroner" + (echo ? ", was " + v : "")));
                return null;
            }
            return whole.longValueExact();
        }

        /** A JSON number: any {@link Number} but a {@code Double} or {@code Float} that is NaN or infinite. */
        private static boolean finiteNumber(Object v) {
            return v instanceof Number && !(v instanceof Double d && (d.isNaN() || d.isInfinite()))
                    && !(v instanceof Float f && (f.isNaN() || f.isInfinite()));
        }

        private static BigInteger wholeNumber(Object v, String path, String what, List<Problem> problems) {
            if (!finiteNumber(v)) {
                problems.add(new Problem(path, "must be " + what + ", was " + describe(v)));
                return null;
            }
            BigDecimal decimal = new BigDecimal(v.toString());
            if (decimal.stripTrailingZeros().scale() > 0) {
                problems.add(new Problem(path, "must be " + what + ", was " + v));
                return null;
            }
            if (decimal.abs().compareTo(new BigDecimal("1e30")) > 0) {
                problems.add(new Problem(path, "is too large, was " + v));
                return null;
            }
            return decimal.toBigIntegerExact();
        }

        private static <E extends Enum<E>> E enumValue(Class<E> type, Object v, String path, List<Problem> problems) {
            if (v instanceof String s) {
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(s)) {
                        return constant;
                    }
                }
            }
            problems.add(new Problem(path, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", was " + describe(v)));
            return null;
        }

        private static String describe(Object v) {
            if (v instanceof String s) {
                return JsonLimits.quote(s);
            }
            if (v instanceof Map<?, ?>) {
                return "an object";
            }
            if (v instanceof List<?>) {
                return "a list";
            }
            return String.valueOf(v);
        }
    }

    @SafeVarargs
    private static <B> Map<String, Field<B>> fields(Field<B>... fields) {
        Map<String, Field<B>> byName = new LinkedHashMap<>();
        for (Field<B> f : fields) {
            byName.put(f.name(), f);
        }
        return byName;
    }

    // The fields of each group follow from the group's record and its builder: a component
    // {@code isNonProfit} of SupplierFacts is read with SupplierFacts.Builder#isNonProfit, its JSON
    // type from the setter's parameter. A new fact needs no line here.
    private static final Map<String, Field<BuyerFacts.Builder>> BUYER_FIELDS = fieldsOf(BuyerFacts.class, BuyerFacts.Builder.class);
    private static final Map<String, Field<PurchaseFacts.Builder>> PURCHASE_FIELDS = fieldsOf(PurchaseFacts.class, PurchaseFacts.Builder.class);
    private static final Map<String, Field<MarketFacts.Builder>> MARKET_FIELDS = fieldsOf(MarketFacts.class, MarketFacts.Builder.class);
    private static final Map<String, Field<SupplierFacts.Builder>> SUPPLIER_FIELDS = fieldsOf(SupplierFacts.class, SupplierFacts.Builder.class);
    private static final Map<String, Field<ProcessFacts.Builder>> PROCESS_FIELDS = fieldsOf(ProcessFacts.class, ProcessFacts.Builder.class);

    /**
     * One field per component of a fact group, read by the builder's setter of the same name: a
     * {@code Boolean}, a percentage ({@code Double}), kroner ({@code Long}), months ({@code Integer}),
     * an enum of the vocabulary, a list of strings or the lots.
     */
    @SuppressWarnings("unchecked")
    private static <B> Map<String, Field<B>> fieldsOf(Class<? extends Record> group, Class<B> builder) {
        List<Field<B>> fields = new ArrayList<>();
        for (java.lang.reflect.RecordComponent component : group.getRecordComponents()) {
            String name = component.getName();
            if (name.equals("lots")) {
                fields.add((Field<B>) Field.lots(name));
                continue;
            }
            java.lang.reflect.Method setter = Arrays.stream(builder.getMethods())
                    .filter(m -> m.getName().equals(name) && m.getParameterCount() == 1 && !m.isVarArgs())
                    .findFirst().orElseThrow(() -> new IllegalStateException(builder.getName() + " has no setter " + name));
            Class<?> type = setter.getParameterTypes()[0];
            BiConsumer<B, Object> set = (b, v) -> {
                try {
                    setter.invoke(b, v);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot set " + name, e);
                }
            };
            Field<B> field;
            if (type == Boolean.class) {
                field = Field.bool(name, set::accept);
            } else if (type == Double.class) {
                field = Field.percent(name, set::accept);
            } else if (type == Long.class) {
                field = Field.money(name, set::accept);
            } else if (type == Integer.class) {
                field = Field.integer(name, set::accept);
            } else if (type.isEnum()) {
                field = enumField(name, type.asSubclass(Enum.class), set);
            } else if (type == List.class) {
                field = Field.strings(name, set::accept);
            } else {
                throw new IllegalStateException(builder.getName() + "#" + name + " takes a " + type.getName() + ", which the contract cannot read");
            }
            fields.add(field);
        }
        return fields(fields.toArray(Field[]::new));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <B> Field<B> enumField(String name, Class<? extends Enum> type, BiConsumer<B, Object> set) {
        return Field.enumeration(name, (Class) type, (BiConsumer) set);
    }

    // ------------------------------------------------------------------------------------------
    // What-if (issue #14): "whatIf": true in a request adds paths[].wouldChange to the response.

    /** The top-level request field that asks for {@code paths[].wouldChange}. */
    public static final String WHAT_IF = "whatIf";

    /**
     * Whether a request asks for what would change each answer ({@code "whatIf": true}, top level;
     * absent or {@code null} means no).
     *
     * @throws InvalidRequestException if {@code whatIf} is there but not {@code true} or {@code false}
     */
    public static boolean whatIfRequested(Map<String, ?> json) {
        Object flag = json == null ? null : json.get(WHAT_IF);
        if (flag == null) {
            return false;
        }
        if (!(flag instanceof Boolean b)) {
            throw new InvalidRequestException(List.of(new Problem(WHAT_IF, "must be true or false, was " + Field.describe(flag))));
        }
        return b;
    }

    /** Writes an assessment with its what-if: the response of {@link #responseToMap(Assessment)}, each path with {@code wouldChange}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> responseToMap(WhatIf whatIf) {
        Map<String, Object> out = responseToMap(whatIf.assessment());
        for (Object path : (List<Object>) out.get("paths")) {
            Map<String, Object> p = (Map<String, Object>) path;
            List<Object> changes = new ArrayList<>();
            for (Change c : whatIf.changes(PathId.valueOf((String) p.get("id")))) {
                changes.add(changeToMap(c));
            }
            p.put("wouldChange", changes);
        }
        return out;
    }

    /** One change in the contract's shape: {@code fact}, {@code value}, {@code kind}, {@code status}, {@code reason}, ... */
    public static Map<String, Object> changeToMap(Change change) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fact", change.fact());
        out.put("factLabel", change.factLabel());
        out.put("value", change.value());
        out.put("kind", change.kind().name());
        out.put("wasUnknown", change.wasUnknown());
        out.put("status", change.status().name());
        out.put("reason", change.reason());
        out.put("legalBasis", change.legalBasis());
        out.put("alsoUndertakings", change.alsoUndertakings());
        out.put("alsoUndertakingLabels", change.alsoUndertakingLabels());
        return out;
    }

    // ------------------------------------------------------------------------------------------
    // Response

    /** Writes an assessment in the contract's response shape, in the assessment's language. */
    public static Map<String, Object> responseToMap(Assessment assessment) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("formatVersion", FORMAT_VERSION);
        out.put("knowledgeBaseVersion", assessment.knowledgeBaseVersion());
        out.put("lawData", lawDataToMap(assessment.lawData()));
        out.put("evaluationDate", assessment.evaluationDate().toString());
        out.put("band", assessment.band().name());
        assessment.assessedValue().ifPresent(v -> out.put("assessedValueNok", v.kroner()));
        List<Object> paths = new ArrayList<>();
        for (PathResult p : assessment.paths()) {
            Map<String, Object> path = new LinkedHashMap<>();
            path.put("id", p.id().name());
            path.put("status", p.status().name());
            path.put("legalBasis", p.legalBasis());
            path.put("reason", p.reason());
            path.put("obligations", p.obligations());
            path.put("permissions", p.permissions());
            path.put("missingFacts", p.missingFacts());
            path.put("presumptions", p.presumptions().stream().map(JsonContract::presumptionToMap).toList());
            path.put("decidedBy", p.decidedBy());
            paths.add(path);
        }
        out.put("paths", paths);
        List<Object> thresholds = new ArrayList<>();
        for (ThresholdUsed t : assessment.thresholdsUsed()) {
            thresholds.add(thresholdToMap(t));
        }
        out.put("thresholdsUsed", thresholds);
        out.put("warnings", assessment.warnings().stream().map(Warning::message).collect(Collectors.toList()));
        out.put("warningCodes", assessment.warnings().stream().map(Warning::code).collect(Collectors.toList()));
        out.put("firedRules", assessment.firedRules());
        return out;
    }

    /**
     * Writes one threshold figure in the contract's shape: {@code name}, {@code valueNok},
     * {@code validFrom}, {@code validTo} (only when the figure has an end) and {@code source}. The
     * response's {@code thresholdsUsed} is a list of these; a tool that shows the thresholds in
     * force on a date should use it too, so that both keep one shape.
     */
    public static Map<String, Object> thresholdToMap(ThresholdUsed threshold) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", threshold.name());
        out.put("valueNok", threshold.value().kroner());
        out.put("validFrom", threshold.validFrom().toString());
        threshold.validTo().ifPresent(to -> out.put("validTo", to.toString()));
        out.put("source", threshold.source());
        return out;
    }

    /** Writes one presumption in the contract's shape: {@code fact}, {@code legalBasis} and {@code text} (in the answer's language). */
    public static Map<String, Object> presumptionToMap(Presumption presumption) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fact", presumption.fact());
        out.put("legalBasis", presumption.legalBasis());
        out.put("text", presumption.text());
        return out;
    }

    /** Writes the law data an answer was given under: {@code name}, {@code version} and {@code sha256}. */
    public static Map<String, Object> lawDataToMap(LawData lawData) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", lawData.name());
        out.put("version", lawData.version());
        out.put("sha256", lawData.sha256());
        return out;
    }

    /**
     * Writes a refusal in the contract's error shape: its listed problems, and {@code moreErrors}
     * with the number of problems not listed when there were more than
     * {@link JsonLimits#MAX_LISTED_PROBLEMS}.
     */
    public static Map<String, Object> errorsToMap(InvalidRequestException refusal) {
        Map<String, Object> out = errorsToMap(refusal.problems());
        if (refusal.unlistedProblems() > 0) {
            out.put("moreErrors", refusal.unlistedProblems());
        }
        return out;
    }

    /** Writes the problems of a refused request in the contract's error shape. */
    public static Map<String, Object> errorsToMap(List<Problem> problems) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("formatVersion", FORMAT_VERSION);
        List<Object> errors = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", p.field());
            error.put("message", p.message());
            errors.add(error);
        }
        out.put("errors", errors);
        return out;
    }
}
