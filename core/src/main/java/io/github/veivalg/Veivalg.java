package io.github.veivalg;

import io.github.veivalg.internal.Engine;
import io.github.veivalg.internal.KnowledgeBase;
import io.github.veivalg.internal.LawDataNotices;
import io.github.veivalg.internal.Messages;
import io.github.veivalg.kb.data.LawDataException;
import io.github.veivalg.kb.data.ThresholdTable;
import io.github.veivalg.kb.vocabulary.LawUncertainty;
import io.github.veivalg.kb.vocabulary.Msg;
import io.github.veivalg.kb.vocabulary.Notice;
import io.github.veivalg.vocabulary.PathId;
import io.github.veivalg.kb.vocabulary.ThresholdRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
public final class Veivalg implements AutoCloseable {

    /**
     * A system property that picks how each call gets its rule session: {@code STATEFUL_PER_CALL},
     * {@code STATELESS} or {@code POOLED}. For measurement; the default is the fastest correct one.
     */
    public static final String STRATEGY_PROPERTY = "io.github.veivalg.sessionStrategy";

    /** The language of answers when none is asked for: Norwegian bokmål. */
    public static final Locale DEFAULT_LOCALE = Messages.BOKMAL;

    private final Engine engine;
    private final Messages messages;
    private final Assembler assembler;
    private volatile boolean closed;

    private Veivalg(Engine engine, Messages messages) {
        this.engine = engine;
        this.messages = messages;
        this.assembler = new Assembler(engine, messages);
    }

    /**
     * Loads the knowledge base from the class path and checks it.
     *
     * @throws KnowledgeBaseException if the knowledge base is missing, partial or broken
     */
    public static Veivalg create() {
        return new Veivalg(new Engine(KnowledgeBase.load(), strategy()), Messages.load());
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
            ThresholdTable table;
            try {
                table = ThresholdTable.load(lawData, overrideVerifiedFigures);
            } catch (LawDataException e) {
                throw new InvalidLawDataException(e.origin(), e.problems().stream()
                        .map(p -> new LawDataProblem(p.line(), p.column(), p.columnName(), p.message())).toList());
            }
            return new Veivalg(new Engine(KnowledgeBase.load(table), strategy()), Messages.load());
        }
    }

    /** The law data (threshold table) every answer of this instance is given under. */
    public LawData lawData() {
        return Assembler.lawData(engine.knowledgeBase().thresholds());
    }

    /** The session strategy: the measured default, unless the system property {@value #STRATEGY_PROPERTY} names another. */
    private static Engine.Strategy strategy() {
        String configured = System.getProperty(STRATEGY_PROPERTY);
        if (configured == null || configured.isBlank()) {
            return Engine.DEFAULT_STRATEGY;
        }
        try {
            return Engine.Strategy.valueOf(configured.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("System property " + STRATEGY_PROPERTY + " must be one of "
                    + java.util.Arrays.toString(Engine.Strategy.values()) + ", was " + configured, e);
        }
    }

    /**
     * Assesses a request, with reasons in Norwegian bokmål.
     *
     * @throws InvalidRequestException if the request is {@code null}
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
     * @throws InvalidRequestException if the request is {@code null}
     * @throws KnowledgeBaseException  if the knowledge base would answer a path twice or not at all
     * @throws IllegalStateException   if this instance is closed
     */
    public Assessment assess(AssessmentRequest request, Locale locale) {
        ensureOpen();
        if (request == null) {
            throw new InvalidRequestException(List.of(new Problem("request", "is required")));
        }
        return assembler.assess(request, locale);
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
     * @throws InvalidRequestException if the request is {@code null}
     * @throws IllegalStateException   if this instance is closed
     */
    public WhatIf whatIf(AssessmentRequest request, Locale locale) {
        ensureOpen();
        if (request == null) {
            throw new InvalidRequestException(List.of(new Problem("request", "is required")));
        }
        return new WhatIfEngine(r -> assembler.assess(r, locale), date -> thresholdsOn(date, locale), messages, locale).run(request);
    }

    /**
     * The single changes of a fact that would change one path's status; see {@link #whatIf}. To ask
     * about several paths, call {@link #whatIf} once: it costs the same.
     */
    public List<Change> changes(AssessmentRequest request, PathId path, Locale locale) {
        if (path == null) {
            throw new IllegalArgumentException("A path is required");
        }
        return whatIf(request, locale).changes(path);
    }

    /** The version of the loaded knowledge base, as reported in every assessment. */
    public String knowledgeBaseVersion() {
        return engine.knowledgeBase().version();
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
     * @throws IllegalArgumentException if the path is {@code null}
     */
    public PathInfo explain(PathId path, Locale locale) {
        ensureOpen();
        if (path == null) {
            throw new IllegalArgumentException("A path is required");
        }
        Locale language = Messages.supported(locale);
        Set<String> basis = new LinkedHashSet<>();
        List<String> rules = new ArrayList<>();
        for (KnowledgeBase.RuleInfo rule : engine.knowledgeBase().rulesFor(path)) {
            rules.add(rule.id());
            basis.addAll(rule.legalBasisParts());
        }
        String prefix = "path." + path.name() + ".";
        return new PathInfo(path, messages.render(prefix + "title", language), messages.render(prefix + "description", language),
                messages.render(prefix + "conditions", language), List.copyOf(basis), rules);
    }

    /**
     * The threshold row in force on a date, with its sources and the warnings for that date;
     * empty for dates before {@link AssessmentRequest#FIRST_SUPPORTED_DATE}.
     */
    public Optional<ThresholdsInForce> thresholdsOn(LocalDate date, Locale locale) {
        ensureOpen();
        if (date == null) {
            return Optional.empty();
        }
        Locale language = Messages.supported(locale);
        ThresholdTable table = engine.knowledgeBase().thresholds();
        return table.rowFor(date).map(row -> {
            List<ThresholdUsed> figures = Assembler.figures(table, date, ThresholdRow.NAMES);
            List<Warning> warnings = new ArrayList<>();
            if (!row.fromConsolidatedText()) {
                warnings.add(new Warning("THRESHOLDS_SECONDARY_SOURCES", Msg.of("notice.thresholds-secondary-sources",
                        row.id(), row.validFrom(), row.validTo()), language, messages));
            }
            for (LawUncertainty u : table.uncertaintiesOn(date)) {
                warnings.add(new Warning(u.code(), u.notice().message(), language, messages));
            }
            for (Notice n : LawDataNotices.on(table, date, figures.stream().map(ThresholdUsed::name).toList())) {
                warnings.add(new Warning(n.code(), n.message(), language, messages));
            }
            return new ThresholdsInForce(date, row.id(), figures, warnings, Assembler.lawData(table));
        });
    }

    @Override
    public void close() {
        closed = true;
        engine.close();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("This Veivalg instance is closed");
        }
    }
}
