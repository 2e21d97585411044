package io.github.veivalg;

import io.github.veivalg.json.JsonLimits;
import io.github.veivalg.vocabulary.Money;
import io.github.veivalg.vocabulary.Percent;

import io.github.veivalg.vocabulary.SubjectType;

import io.github.veivalg.internal.Annexes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Field checks shared by the fact builders: each adds a {@link Problem} instead of throwing. */
final class Checks {

    private Checks() {
    }

    static Optional<Money> money(Long kroner, String field, List<Problem> problems) {
        if (kroner == null) {
            return Optional.empty();
        }
        if (kroner < 0) {
            problems.add(new Problem(field, "must not be negative, was " + kroner));
            return Optional.empty();
        }
        if (kroner > Money.MAX_KRONER) {
            problems.add(new Problem(field, "is too large: at most " + Money.MAX_KRONER + " kroner, was " + kroner));
            return Optional.empty();
        }
        return Optional.of(new Money(kroner));
    }

    static Optional<Percent> percent(Double value, String field, List<Problem> problems) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isNaN() || value.isInfinite() || value < 0 || value > 100) {
            problems.add(new Problem(field, "must be a percentage from 0 to 100, was " + value));
            return Optional.empty();
        }
        return Optional.of(new Percent(BigDecimal.valueOf(value)));
    }

    static Optional<Integer> months(Integer months, String field, List<Problem> problems) {
        if (months == null) {
            return Optional.empty();
        }
        if (months < 1) {
            problems.add(new Problem(field, "must be at least 1 month, was " + months));
            return Optional.empty();
        }
        return Optional.of(months);
    }

    static List<String> cpvCodes(List<String> codes, String field, List<Problem> problems) {
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || !Annexes.CPV_FORMAT.matcher(code).matches()) {
                problems.add(new Problem(field + "[" + i + "]",
                        "is not a CPV code (8 digits, optionally -check digit): " + (code == null ? "null" : JsonLimits.quote(code))));
            } else {
                valid.add(code);
            }
        }
        return valid;
    }

    static Optional<Lot> lot(String id, Long valueNok, SubjectType subjectType, String field, List<Problem> problems) {
        int before = problems.size();
        if (id == null || id.isBlank()) {
            problems.add(new Problem(field + ".id", "is required"));
        }
        Optional<Money> value = Optional.empty();
        if (valueNok == null) {
            problems.add(new Problem(field + ".valueNok", "is required"));
        } else {
            value = money(valueNok, field + ".valueNok", problems);
        }
        if (subjectType == SubjectType.MIXED) {
            problems.add(new Problem(field + ".subjectType", "must be GOODS, SERVICES or WORKS for a lot"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Lot(id, value.orElseThrow(), Optional.ofNullable(subjectType)));
    }
}
