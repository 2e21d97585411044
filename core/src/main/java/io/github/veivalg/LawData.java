package io.github.veivalg;

import org.apiguardian.api.API;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * Which law data an answer was given under: the threshold table's edition and the SHA-256 of its
 * file, so that the answer can be reproduced with the same figures a year later.
 *
 * @param name    the edition's name, from the table's {@code name} line ({@code Veivalg shipped law data}
 *                for the table in the library)
 * @param version the edition's version, from its {@code version} line
 * @param sha256  the SHA-256 of the table file's bytes, lower-case hex
 */
@API(status = STABLE, since = "0.1")
public record LawData(String name, String version, String sha256) {
}
