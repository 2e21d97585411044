package io.github.veivalg.internal;

import io.github.veivalg.AssessmentRequest;
import io.github.veivalg.Lot;
import io.github.veivalg.kb.vocabulary.Case;
import io.github.veivalg.kb.vocabulary.Fact;
import io.github.veivalg.vocabulary.Money;
import io.github.veivalg.vocabulary.Percent;

import org.apiguardian.api.API;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Copies a validated request into the knowledge base's flat {@link Case} fact; unknown stays
 * {@code null}. Each component of the request's five fact groups is paired, once, with the
 * {@link Fact} of the same field path ({@code supplier.isNonProfit}), so that a new fact needs no
 * line here. Every fact must have exactly one component, and every component one fact: loading
 * this class fails otherwise, naming what is unpaired.
 */
@API(status = INTERNAL)
public final class CaseMapper {

    /**
     * One component of a fact group, its fact, and how to read it from a request. The accessor is a
     * generated {@code Function}, not a method handle: a handle held in a list is not a constant, and
     * invoking it costs several times a plain call.
     */
    private record Slot(Fact fact, Function<AssessmentRequest, Object> group, Function<Object, Object> accessor) {
    }

    private static final Map<String, Function<AssessmentRequest, Object>> GROUPS = Map.of(
            "buyer", AssessmentRequest::buyer, "purchase", AssessmentRequest::purchase, "market", AssessmentRequest::market,
            "supplier", AssessmentRequest::supplier, "process", AssessmentRequest::process);

    private static final List<Slot> SLOTS = slots();

    private CaseMapper() {
    }

    private static List<Slot> slots() {
        Map<String, Fact> facts = Arrays.stream(Fact.values()).collect(Collectors.toMap(Fact::fieldPath, f -> f));
        Set<Fact> unpaired = EnumSet.allOf(Fact.class);
        unpaired.remove(Fact.EVALUATION_DATE);
        List<String> problems = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (RecordComponent group : AssessmentRequest.class.getRecordComponents()) {
            Function<AssessmentRequest, Object> read = GROUPS.get(group.getName());
            if (read == null) {
                continue;
            }
            for (RecordComponent c : group.getType().getRecordComponents()) {
                Fact fact = facts.get(group.getName() + "." + c.getName());
                if (fact == null) {
                    problems.add(group.getName() + "." + c.getName() + " has no Fact");
                    continue;
                }
                unpaired.remove(fact);
                slots.add(new Slot(fact, read, reader(lookup, c.getAccessor(), fact)));
            }
        }
        unpaired.forEach(f -> problems.add(f.fieldPath() + " is declared in Fact but is no component of a fact group"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The request's facts and the knowledge base's Fact do not pair: " + problems);
        }
        return List.copyOf(slots);
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> reader(MethodHandles.Lookup lookup, Method accessor, Fact fact) {
        try {
            MethodHandle target = lookup.unreflect(accessor);
            return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), target, target.type().wrap()).getTarget().invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read " + fact.fieldPath(), e);
        }
    }

    public static Case toCase(AssessmentRequest r) {
        Case c = new Case().setEvaluationDate(r.evaluationDate()).setStrict(r.strict());
        for (Slot slot : SLOTS) {
            c.set(slot.fact(), raw(slot.accessor().apply(slot.group().apply(r))));
        }
        return c;
    }

    /** The plain value the rules read: an empty Optional or list is unknown ({@code null}). */
    private static Object raw(Object value) {
        if (value instanceof Optional<?> o) {
            return o.isEmpty() ? null : raw(o.get());
        }
        if (value instanceof Money m) {
            return m.kroner();
        }
        if (value instanceof Percent p) {
            return p.value().doubleValue();
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : list.stream().map(CaseMapper::rawItem).toList();
        }
        return value;
    }

    private static Object rawItem(Object item) {
        if (item instanceof Lot lot) {
            return new io.github.veivalg.kb.vocabulary.Lot(lot.id(), lot.valueNok().kroner(), lot.subjectType().orElse(null));
        }
        return item;
    }
}
