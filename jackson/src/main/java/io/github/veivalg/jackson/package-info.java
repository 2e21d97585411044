/**
 * An optional Jackson module for Veivalg: {@link io.github.veivalg.jackson.VeivalgModule} reads and
 * writes requests and answers as the JSON contract, through core's
 * {@link io.github.veivalg.json.JsonContract}. It binds no logging backend.
 */
package io.github.veivalg.jackson;
