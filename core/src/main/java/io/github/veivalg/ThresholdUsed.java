package io.github.veivalg;

import org.apiguardian.api.API;

import io.github.veivalg.vocabulary.Money;

import java.time.LocalDate;
import java.util.Optional;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * A threshold the answer was decided on, with the period it is in force and where the figure comes from.
 *
 * @param name      the threshold's short name: {@code LL}, {@code NAT}, {@code EEA-S}, {@code EEA-O},
 *                  {@code EEA-W}, {@code EEA-HS}, {@code LOT-GS}, {@code LOT-W} or {@code TAX-CERT}
 * @param value     the figure, ex VAT
 * @param validFrom the first day the figure is in force
 * @param validTo   the last day, or empty while it stays in force
 * @param source    where the figure comes from
 */
@API(status = STABLE, since = "0.1")
public record ThresholdUsed(String name, Money value, LocalDate validFrom, Optional<LocalDate> validTo, String source) {
}
