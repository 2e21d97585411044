package io.github.veivalg.examples.plan;

import io.github.veivalg.Assessment;
import io.github.veivalg.json.JsonContract;
import io.github.veivalg.PathResult;
import io.github.veivalg.Problem;
import io.github.veivalg.Veivalg;
import io.github.veivalg.WhatIf;
import io.github.veivalg.examples.JsonIo;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Screens a plan: reads it row by row, assesses each row with its what-if (on a few threads, in a
 * bounded window, so memory stays bounded and the output keeps the plan's order), and writes
 * {@code report.html}, {@code results.csv} and {@code results.jsonl} as the rows come.
 *
 * <p>No row is dropped or moved: a row that cannot be read or is refused is written in its place
 * with every problem; if the file breaks off, the rows before are kept and the break is the last row.
 */
public final class PlanScreening {

    /** What to screen and how. */
    public record Options(PlanRowMapper.Defaults defaults, Map<String, PlanColumn> columns, boolean norwegian,
                          PlanReader.Limits limits, int threads) {
    }

    /** The outcome: the counts, and the error that stopped the reading, if one did. */
    public record Result(long rows, long assessed, long errors, long reservable, long opened, String stoppedBy) {
    }

    private final Veivalg veivalg;

    public PlanScreening(Veivalg veivalg) {
        this.veivalg = veivalg;
    }

    /**
     * Screens {@code plan} into {@code out}.
     *
     * @param progress told the number of rows written so far, after every row
     * @throws PlanFileException when the plan cannot be read at all (nothing is written then)
     */
    public Result run(Path plan, Path out, Options options, LongConsumer progress) throws PlanFileException, IOException {
        PlanReader.kind(plan, options.limits());
        Files.createDirectories(out);
        Locale locale = options.norwegian() ? Locale.forLanguageTag("nb") : Locale.ENGLISH;
        Summary summary = new Summary();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()), r -> {
            Thread t = new Thread(r, "screen-plan");
            t.setDaemon(true);
            return t;
        });
        String stoppedBy = null;
        Path csvFile = out.resolve("results.csv");
        Path jsonlFile = out.resolve("results.jsonl");
        try (HtmlReport html = new HtmlReport(out, options.norwegian());
             BufferedWriter jsonl = Files.newBufferedWriter(jsonlFile, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(csvFile, StandardCharsets.UTF_8),
                     CSVFormat.DEFAULT.builder().setHeader("row", "id", "purchase", "band", "assessed_value_nok", "open_paths", "routes", "error").get())) {
            Writer writer = new Writer(html, jsonl, csv, summary, progress);
            ArrayDeque<Future<Screened>> window = new ArrayDeque<>();
            int windowSize = Math.max(4, options.threads() * 8);
            PlanHeader[] header = new PlanHeader[1];
            try {
                PlanReader.read(plan, options.limits(), new PlanReader.Rows() {
                    @Override
                    public void header(PlanReader.RawRow row) throws PlanFileException {
                        header[0] = PlanHeader.of(row.cells(), options.columns());
                    }

                    @Override
                    public void row(PlanReader.RawRow row) {
                        PlanRowMapper mapper = new PlanRowMapper(header[0], options.defaults());
                        window.add(pool.submit(() -> screen(mapper, row, locale)));
                        while (window.size() >= windowSize) {
                            writer.write(take(window.poll()));
                        }
                    }
                });
            } catch (PlanFileException e) {
                if (header[0] == null) {
                    throw e;
                }
                stoppedBy = e.getMessage();
            }
            while (!window.isEmpty()) {
                writer.write(take(window.poll()));
            }
            if (stoppedBy != null) {
                writer.write(new Screened(writer.lastRow + 1, "", "", "", "", null, List.of(new Problem("file", stoppedBy))));
            }
            csv.flush();
            jsonl.flush();
            String settings = (options.norwegian() ? "Forutsetninger: " : "Settings: ") + settings(options, header[0]);
            html.finish(out.resolve("report.html"), summary, plan.getFileName().toString(), options.defaults().date(), settings);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
        return new Result(summary.rows, summary.assessed, summary.errors, summary.reservable, summary.opened, stoppedBy);
    }

    private static String settings(Options o, PlanHeader header) {
        boolean nb = o.norwegian();
        String s = (nb ? "oppdragsgiver " : "buyer ") + o.defaults().buyer() + (nb ? " og dato " : " and date ") + o.defaults().date()
                + (nb ? " der planen ikke sier noe annet (--buyer, --date); " : " where the plan says nothing else (--buyer, --date); ");
        s += o.defaults().scopeAsPurchase()
                ? (nb ? "hver rad er en anskaffelse: en gjensidig bebyrdende kontrakt der verdien inkluderer opsjoner (--scope-facts purchase); unntak fra regelverket som ingen har påvist, regnes som ikke til stede, og hver rad sier hvilke"
                      : "every row is a purchase: a contract binding both parties whose value includes options (--scope-facts purchase); exemptions from the rules nobody has shown are taken as not established, and each row names them")
                : (nb ? "om radene er offentlige kontrakter, er ukjent (--scope-facts unknown)" : "whether the rows are public contracts is unknown (--scope-facts unknown)");
        if (header != null && !header.ignored().isEmpty()) {
            s += (nb ? "; kolonner som ikke leses: " : "; columns not read: ") + header.ignored();
        }
        return s;
    }

    private static Screened take(Future<Screened> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A row could not be screened: " + e.getCause(), e.getCause());
        }
    }

    private Screened screen(PlanRowMapper mapper, PlanReader.RawRow row, Locale locale) {
        String id = mapper.cell(row, PlanColumn.ID);
        String purchase = mapper.cell(row, PlanColumn.PURCHASE);
        String value = mapper.cell(row, PlanColumn.VALUE);
        String category = mapper.cell(row, PlanColumn.CATEGORY);
        PlanRowMapper.Mapped m = mapper.map(row);
        if (!m.ok()) {
            return new Screened(row.rowNumber(), id, purchase, value, category, null, m.problems());
        }
        WhatIf whatIf = veivalg.whatIf(m.request(), locale);
        return new Screened(row.rowNumber(), id, purchase, value, category, whatIf, List.of());
    }

    /** Writes each screened row to the three outputs, in order. */
    private static final class Writer {
        private final HtmlReport html;
        private final BufferedWriter jsonl;
        private final CSVPrinter csv;
        private final Summary summary;
        private final LongConsumer progress;
        long lastRow;

        Writer(HtmlReport html, BufferedWriter jsonl, CSVPrinter csv, Summary summary, LongConsumer progress) {
            this.html = html;
            this.jsonl = jsonl;
            this.csv = csv;
            this.summary = summary;
            this.progress = progress;
        }

        void write(Screened s) {
            try {
                summary.add(s);
                html.section(s);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("row", s.rowNumber());
                line.put("id", s.id());
                line.put("purchase", s.purchase());
                if (s.ok()) {
                    Assessment a = s.whatIf().assessment();
                    line.put("response", JsonContract.responseToMap(s.whatIf()));
                    List<String> routes = new ArrayList<>();
                    for (Route r : Route.values()) {
                        Route.State state = r.state(s.whatIf());
                        if (state != Route.State.NO) {
                            routes.add(r.name() + "=" + state.name());
                        }
                    }
                    csv.printRecord(s.rowNumber(), s.id(), s.purchase(), a.band().name(),
                            a.assessedValue().map(v -> String.valueOf(v.kroner())).orElse(""),
                            String.join(" ", a.openPaths().stream().map(PathResult::id).map(Enum::name).toList()), String.join(" ", routes), "");
                } else {
                    line.put("errors", JsonContract.errorsToMap(s.problems()).get("errors"));
                    csv.printRecord(s.rowNumber(), s.id(), s.purchase(), "", "", "", "", s.errorText());
                }
                jsonl.write(JsonIo.write(line, false));
                jsonl.newLine();
                lastRow = Math.max(lastRow, s.rowNumber());
                progress.accept(summary.rows);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
