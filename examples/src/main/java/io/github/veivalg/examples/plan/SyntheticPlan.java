package io.github.veivalg.examples.plan;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a large synthetic plan for measuring {@code screen-plan} at scale (benchmarks/README.md,
 * "Plan screening"): the sample plan's kinds of purchase, repeated with values spread around every
 * threshold and dates across 2025–2026, from a fixed seed. Written row by row.
 *
 * <p>{@code java -cp examples/target/veivalg.jar io.github.veivalg.examples.plan.SyntheticPlan 10000 target/plan-10k.csv}
 */
public final class SyntheticPlan {

    private static final String[][] KINDS = {
            {"Renhold", "renhold", "90910000"}, {"Kantinedrift", "kantine", "55512000"}, {"Praktisk bistand i hjemmet", "helse og sosial", "85312000"},
            {"Oppfølging av ungdom", "helse og sosial", "85312000"}, {"Matlevering til barnehager", "kantine", "55524000"},
            {"Skoleskyss", "transport", "60130000"}, {"IT-drift", "IT", "72212000"}, {"Vedlikehold av bygg", "vedlikehold", "50700000"},
            {"Rehabilitering av skole", "bygg og anlegg", "45214200"}, {"Kontorrekvisita", "varer", "30192000"}, {"Tolketjenester", "særlige tjenester", "79540000"}};
    private static final long[] VALUES = {99_000, 100_000, 450_000, 835_999, 1_299_999, 1_300_000, 2_299_999, 2_300_000, 2_300_001, 4_000_000,
            7_799_999, 7_800_000, 9_000_000, 14_000_000, 57_800_000, 60_000_000};
    private static final String[] SUPPLIERS = {"", "", "", "ideell", "arbeidsintegrerende", "sosial entreprenør", "SMB"};

    private SyntheticPlan() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SyntheticPlan ROWS FILE.csv");
            System.exit(2);
        }
        write(Long.parseLong(args[0]), Path.of(args[1]));
    }

    public static void write(long rows, Path file) throws IOException {
        Random random = new Random(14);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("nr;anskaffelse;kategori;cpv;estimert verdi;varighet (måneder);oppstart;leverandør\n");
            for (long i = 1; i <= rows; i++) {
                String[] kind = KINDS[random.nextInt(KINDS.length)];
                boolean works = kind[1].equals("bygg og anlegg");
                long value = VALUES[random.nextInt(VALUES.length)];
                String months = works ? "" : String.valueOf(12 + 12 * random.nextInt(4));
                String date = String.format("%02d.%02d.%d", 1 + random.nextInt(28), 1 + random.nextInt(12), 2025 + random.nextInt(2));
                out.write(i + ";" + kind[0] + " " + i + ";" + kind[1] + ";" + kind[2] + ";" + value + ";" + months + ";" + date + ";"
                        + SUPPLIERS[random.nextInt(SUPPLIERS.length)] + "\n");
            }
        }
    }
}
