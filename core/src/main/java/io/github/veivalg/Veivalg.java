package io.github.veivalg;

import io.github.veivalg.internal.Assembler;
import io.github.veivalg.internal.Engine;
import io.github.veivalg.internal.KnowledgeBase;
import io.github.veivalg.internal.Messages;
import io.github.veivalg.vocabulary.PathId;

import org.apiguardian.api.API;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The entry point: assesses which procurement paths are open for a purchase, and why.
 *
 * <p>{@link #create()} loads and checks the knowledge base once; that takes a moment, so keep one
 * instance and share it. An instance is thread-safe: every call to {@link #assess} runs in a rule
 * session of its own, taken from a small pool and reset afterwards, so calls never see each other's
 * facts. Closing it releases the knowledge base and the pool; using it afterwards throws.
 *
 * <p>Example (create):
 * <pre>{@code
 * try (Veivalg veivalg = Veivalg.create()) {          // load the knowledge base once, share it
 *     Assessment answer = veivalg.assess(request, Locale.ENGLISH);
 *     System.out.println(answer.band() + ": " + answer.openPaths());
 * }
 * }</pre>
 *
 * <p><strong>Warning:</strong> an assessment is a documented reading of the rules, not legal
 * advice; the legal responsibility for the choice of procedure stays with the buyer.
 */
@API(status = STABLE, since = "0.1")
public final class Veivalg implements AutoCloseable {

    /** The language of answers when none is asked for: Norwegian bokmål. */
    public static final Locale DEFAULT_LOCALE = Messages.BOKMAL;

    private final Assembler assembler;
    private volatile boolean closed;

    private Veivalg(Assembler assembler) {
        this.assembler = assembler;
    }

    /**
     * Loads the knowledge base from the class path and checks it.
     *
     * @throws KnowledgeBaseException if the knowledge base is missing, partial or broken
     */
    public static Veivalg create() {
        return new Veivalg(new Assembler(new Engine(KnowledgeBase.load(), Engine.configuredStrategy()), Messages.load()));
    }

    /**
     * A builder for a Veivalg with options: above all a newer law-data table than the shipped one,
     * loaded at run time, so that a new threshold applies on the day it takes effect without a new
     * release. {@code Veivalg.builder().build()} is the same as {@link #create()}.
     *
     * <p>For example (run by {@code LawDataLoadingTest}):
     * <pre>{@code
     * try (Veivalg veivalg = Veivalg.builder().lawData(lawDataFile).build()) {   // refused if the table fails a check
     *     Assessment answer = veivalg.assess(request);
     *     System.out.println(answer.lawData());    // name, version and SHA-256 of the table used
     * }
     * }</pre>
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Options for a {@link Veivalg}. The law data is read and checked in {@link #build()}, before the
     * rules are loaded; a table that fails a check is refused as a whole.
     */
    public static final class Builder {
        private java.nio.file.Path lawData;
        private boolean overrideVerifiedFigures;

        private Builder() {
        }

        /**
         * Use this law-data table (the format of the shipped {@code thresholds.tsv}, described in
         * the knowledge base's README) in place of the shipped one. Every answer names it.
         */
        public Builder lawData(java.nio.file.Path file) {
            if (file == null) {
                throw new IllegalArgumentException("A law-data file is required (leave lawData out for the shipped table)");
            }
            this.lawData = file;
            return this;
        }

        /**
         * Allow the law data to change figures that the shipped table marks as verified. Without
         * it such a table is refused; with it, every answer warns ({@code LAW_DATA_OVERRIDE}) and
         * names each change.
         */
        public Builder overrideVerifiedFigures() {
            this.overrideVerifiedFigures = true;
            return this;
        }

        /**
         * Loads the knowledge base with the chosen law data and checks both.
         *
         * @throws InvalidLawDataException if the law-data file cannot be read or fails a check (every
         *                                 problem listed, with line and column); never replaced silently by the shipped table
         * @throws KnowledgeBaseException  if the knowledge base is missing, partial or broken
         */
        public Veivalg build() {
            if (lawData == null) {
                if (overrideVerifiedFigures) {
                    throw new IllegalStateException("overrideVerifiedFigures() needs a lawData(file) to apply to");
                }
                return create();
            }
            return new Veivalg(new Assembler(new Engine(KnowledgeBase.load(Assembler.lawDataTable(lawData, overrideVerifiedFigures)),
                    Engine.configuredStrategy()), Messages.load()));
        }
    }

    /** The law data (threshold table) every answer of this instance is given under. */
    public LawData lawData() {
        return assembler.lawData();
    }

    /**
     * Assesses a request, with reasons in Norwegian bokmål.
     *
     * @throws NullPointerException    if the request is {@code null}
     * @throws KnowledgeBaseException  if the knowledge base would answer a path twice or not at all
     * @throws IllegalStateException   if this instance is closed
     */
    public Assessment assess(AssessmentRequest request) {
        return assess(request, DEFAULT_LOCALE);
    }

    /**
     * Assesses a request, with reasons in the given language (bokmål for Norwegian, English for
     * any other language; {@code null} means bokmål).
     *
     * @throws NullPointerException    if the request is {@code null}
     * @throws KnowledgeBaseException  if the knowledge base would answer a path twice or not at all
     * @throws IllegalStateException   if this instance is closed
     */
    public Assessment assess(AssessmentRequest request, Locale locale) {
        ensureOpen();
        Objects.requireNonNull(request, "request is required");
        return assembler.assess(request, locale);
    }

    /**
     * A short text for the procurement protocol (anskaffelsesprotokoll) that records the path chosen
     * from an answer, in the answer's language: its status and legal basis, the value, the thresholds
     * in force with their dates, the reason, the obligations, what the status rests on (its
     * presumptions), the warnings, the law data (name, version, SHA-256) and the knowledge-base
     * version. Written from the answer alone: the same answer always gives the same text.
     *
     * @throws NullPointerException if the answer or the path is {@code null}
     */
    public String protocolText(Assessment answer, PathId chosen) {
        Objects.requireNonNull(answer, "answer is required");
        Objects.requireNonNull(chosen, "chosen is required");
        return assembler.protocolText(answer, chosen);
    }

    // ------------------------------------------------------------------------------------------
    // What would change an answer (issue #14)

    /**
     * Assesses a request and, for every path, the single changes of a fact the buyer can find out or
     * influence (spec a.0: EXCEPTION, QUALIFICATION and UNDERTAKING facts, and division into lots)
     * that would change the path's status, each with the status and the reason it would give.
     *
     * <p>Each change is the knowledge base's own answer to the request with that one fact set; one
     * varied assessment serves every path, so the cost is about one assessment per fact to vary.
     * It never lowers the estimated value or splits a purchase (FOA § 5-4 (4)); a lot change divides
     * it under FOA § 5-4 (8)'s small-lots rule and names the ceiling in force.
     *
     * @throws NullPointerException    if the request is {@code null}
     * @throws IllegalStateException   if this instance is closed
     */
    public WhatIf whatIf(AssessmentRequest request, Locale locale) {
        ensureOpen();
        Objects.requireNonNull(request, "request is required");
        return new WhatIfEngine(r -> assembler.assess(r, locale), date -> thresholdsOn(date, locale), assembler.messages(), locale).run(request);
    }

    /**
     * The single changes of a fact that would change one path's status; see {@link #whatIf}. To ask
     * about several paths, call {@link #whatIf} once: it costs the same.
     */
    public List<Change> changes(AssessmentRequest request, PathId path, Locale locale) {
        Objects.requireNonNull(path, "path is required");
        return whatIf(request, locale).changes(path);
    }

    /** The version of the loaded knowledge base, as reported in every assessment. */
    public String knowledgeBaseVersion() {
        return assembler.knowledgeBaseVersion();
    }

    /**
     * The version of the knowledge base on the class path, as {@link #knowledgeBaseVersion()} would
     * report it after {@link #create()}, but read without loading the rules: cheap enough for a
     * {@code --version} option.
     *
     * @throws KnowledgeBaseException if the knowledge base's version file is missing or cannot be read
     */
    public static String knowledgeBaseVersionOnClassPath() {
        return KnowledgeBase.version(KnowledgeBase.class.getClassLoader());
    }

    /**
     * What the knowledge base says about a path: what it is, its conditions, and the legal basis
     * and ids of the rules that decide it.
     *
     * @throws NullPointerException if the path is {@code null}
     */
    public PathInfo explain(PathId path, Locale locale) {
        ensureOpen();
        Objects.requireNonNull(path, "path is required");
        return assembler.explain(path, locale);
    }

    /**
     * The threshold row in force on a date, with its sources and the warnings for that date;
     * empty for dates before {@link AssessmentRequest#FIRST_SUPPORTED_DATE}.
     */
    public Optional<ThresholdsInForce> thresholdsOn(LocalDate date, Locale locale) {
        ensureOpen();
        Objects.requireNonNull(date, "date is required");
        return assembler.thresholdsOn(date, locale);
    }

    @Override
    public void close() {
        closed = true;
        assembler.close();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("This Veivalg instance is closed");
        }
    }
}
