/**
 * Veivalg: which procurement paths a Norwegian public buyer may take for a purchase, and why.
 *
 * <p>Start with {@link io.github.veivalg.Veivalg#create()}, build an
 * {@link io.github.veivalg.AssessmentRequest}, and read the {@link io.github.veivalg.Assessment}.
 * Every type in this package is immutable and thread-safe unless it is a builder. No parameter
 * accepts {@code null} unless its documentation says so; a request that breaks the rules is
 * refused with an {@link io.github.veivalg.InvalidRequestException} that names every problem.
 */
package io.github.veivalg;
