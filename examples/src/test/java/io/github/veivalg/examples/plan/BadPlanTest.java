package io.github.veivalg.examples.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.github.veivalg.examples.plan.SamplePlanTest.cli;
import static io.github.veivalg.examples.plan.SamplePlanTest.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad plans: each gets a clear message, in place; nothing already read is lost. */
class BadPlanTest {

    private static final String HEADER = "nr;anskaffelse;kategori;cpv;estimert verdi;oppstart\n";

    private static Path write(Path dir, String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    private static SamplePlanTest.Run screen(Path plan, Path dir) {
        return cli("screen-plan", plan.toString(), "--out", dir.resolve("out").toString(), "--date", "2026-01-15");
    }

    @Test
    void missingColumns_areNamed_andTheFileIsRefused(@TempDir Path dir) {
        Path plan = write(dir, "p.csv", "nr;beskrivelse av kjøp;pris\n1;Renhold;100000\n");
        SamplePlanTest.Run run = screen(plan, dir);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("\"anskaffelse\" (\"purchase\") is missing", "\"estimert verdi\" (\"estimated value\") is missing",
                "\"kategori\" (\"category\") or \"cpv\" is missing", "Columns found: [\"nr\", \"beskrivelse av kjøp\", \"pris\"]");
    }

    @Test
    void aHeaderMapping_readsOtherColumnNames(@TempDir Path dir) throws IOException {
        Path plan = write(dir, "p.csv", "nr;beskrivelse av kjøp;pris;type\n1;Renhold;900000;renhold\n");
        SamplePlanTest.Run run = cli("screen-plan", plan.toString(), "--out", dir.resolve("out").toString(), "--date", "2026-01-15",
                "--column", "Beskrivelse av kjøp=purchase", "--column", "pris=value");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(lines(dir.resolve("out/results.csv")).get(1)).contains("Renhold,PART_I_ONLY,900000");
    }

    private static Path write(Path dir, String name, String text) {
        try {
            return write(dir, name, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void badRows_areReportedInPlace_withEveryProblem_andTheOtherRowsAreAssessed(@TempDir Path dir) throws IOException {
        Path plan = write(dir, "p.csv", HEADER
                + "1;Renhold;renhold;90910000;kr 1 250 000;01.03.2026\n"
                + "2;Noe rart;romfart;;mye;31.02.2026\n"
                + ";;;;;\n"
                + "3;Kantine;kantine;55512000;1,3 mill.;2026-02-01\n"
                + "4;IT;IT;72212000;2.300.000 kr;15.3.2026\n"
                + "5;Vask;renhold;90910000;450 000,-;\n"
                + "6;Brøkdel;renhold;90910000;1,5;\n");
        SamplePlanTest.Run run = screen(plan, dir);
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> csv = lines(dir.resolve("out/results.csv"));
        assertThat(csv).hasSize(8);
        assertThat(csv.get(1)).startsWith("2,1,Renhold,PART_I_ONLY,1250000,");
        assertThat(csv.get(2)).startsWith("3,2,Noe rart,,,,,").contains("is not a category the template knows", "romfart",
                "is not an amount", "mye", "is not a date", "31.02.2026");
        assertThat(csv.get(3)).startsWith("4,,,,,,,").contains("row: is empty");
        assertThat(csv.get(4)).startsWith("5,3,Kantine,SPECIAL_SERVICES_PART_II_PLUS,1300000,");
        // 2 300 000 is EEA-O itself: "lik eller overstiger" puts it in Part III (FOA § 5-1 (3)).
        assertThat(csv.get(5)).startsWith("6,4,IT,PART_III,2300000,");
        assertThat(csv.get(6)).startsWith("7,5,Vask,PART_I_ONLY,450000,");
        assertThat(csv.get(7)).startsWith("8,6,Brøkdel,,,,,").contains("is not a whole number of kroner");
        assertThat(lines(dir.resolve("out/results.jsonl"))).hasSize(7);
        assertThat(Files.readString(dir.resolve("out/report.html"))).contains("romfart", "Kunne ikke vurderes");
    }

    @Test
    void aBom_commas_andWindows1252_areRead(@TempDir Path dir) throws IOException {
        Path bom = write(dir, "bom.csv", "\uFEFFnr,anskaffelse,kategori,estimert verdi\n1,Renhold,renhold,\"1,300,000\"\n");
        assertThat(screen(bom, dir).exit()).isZero();
        assertThat(lines(dir.resolve("out/results.csv")).get(1)).contains("Renhold,PART_II,1300000");
        Path ansi = write(dir, "ansi.csv", "nr;anskaffelse;kategori;estimert verdi\n1;Skjøtsel av grøntanlegg;vedlikehold;900 000\n",
                Charset.forName("windows-1252"));
        assertThat(screen(ansi, dir).exit()).isZero();
        assertThat(lines(dir.resolve("out/results.csv")).get(1)).contains("Skjøtsel av grøntanlegg,PART_I_ONLY,900000");
    }

    @Test
    void aFileOverTheLimit_isRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.csv");
        Files.writeString(big, HEADER);
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        SamplePlanTest.Run run = screen(big, dir);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("The file is 50.0 MB, more than the limit of 20.0 MB");
        assertThat(Files.exists(dir.resolve("out/results.csv"))).isFalse();
    }

    @Test
    void filesThatAreNotSpreadsheets_areRefusedWithAReason(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("x.csv");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        assertThat(screen(png, dir).err()).contains("not a spreadsheet: the file holds binary data");
        Path xls = dir.resolve("x.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        assertThat(screen(xls, dir).err()).contains("old Excel file (.xls)");
        Path zip = dir.resolve("x.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("hello.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        SamplePlanTest.Run run = screen(zip, dir);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("not an .xlsx workbook");
        assertThat(screen(dir.resolve("missing.csv"), dir).err()).contains("does not exist");
        Path empty = write(dir, "empty.csv", "");
        assertThat(screen(empty, dir).err()).contains("The file is empty");
    }

    @Test
    void aFileThatBreaksOff_keepsTheRowsBefore_andEndsWithTheBreak(@TempDir Path dir) throws IOException {
        Path plan = write(dir, "p.csv", HEADER + "1;Renhold;renhold;90910000;900000;\n2;\"Kantine;kantine;55512000;1300000;\n");
        SamplePlanTest.Run run = screen(plan, dir);
        assertThat(run.exit()).isEqualTo(2);
        List<String> csv = lines(dir.resolve("out/results.csv"));
        assertThat(csv.get(1)).startsWith("2,1,Renhold,PART_I_ONLY,900000,");
        assertThat(csv.get(csv.size() - 1)).contains("file: The CSV text cannot be read");
    }

    @Test
    void anXlsxWithAnExternalEntity_isNotResolved(@TempDir Path dir) throws IOException {
        Path evil = dir.resolve("evil.xlsx");
        Path secret = write(dir, "secret.txt", "TOPSECRET");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(evil))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("xl/workbook.xml"));
            z.write(("<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"a\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                    .getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("xl/_rels/workbook.xml.rels"));
            z.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            z.write(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>anskaffelse</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>estimert verdi</t></is></c>"
                    + "<c r=\"C1\" t=\"inlineStr\"><is><t>kategori</t></is></c></row>"
                    + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&e;</t></is></c><c r=\"B2\"><v>900000</v></c>"
                    + "<c r=\"C2\" t=\"inlineStr\"><is><t>renhold</t></is></c></row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
        }
        SamplePlanTest.Run run = screen(evil, dir);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("workbook cannot be read").doesNotContain("TOPSECRET");
        assertThat(dir.resolve("out/results.csv")).satisfiesAnyOf(p -> assertThat(Files.exists(p)).isFalse(),
                p -> assertThat(Files.readString(p)).doesNotContain("TOPSECRET"));
    }

    @Test
    void amounts_asPeopleWriteThem() throws Exception {
        assertThat(Cells.amount("1 300 000")).isEqualTo(1_300_000);
        assertThat(Cells.amount("1\u00A0300\u00A0000 kr")).isEqualTo(1_300_000);
        assertThat(Cells.amount("kr 450 000,-")).isEqualTo(450_000);
        assertThat(Cells.amount("1.300.000")).isEqualTo(1_300_000);
        assertThat(Cells.amount("1,300,000")).isEqualTo(1_300_000);
        assertThat(Cells.amount("1 300 000,00")).isEqualTo(1_300_000);
        assertThat(Cells.amount("1,3 mill.")).isEqualTo(1_300_000);
        assertThat(Cells.amount("2.5 MNOK")).isEqualTo(2_500_000);
        assertThat(Cells.amount("12 millioner")).isEqualTo(12_000_000);
        assertThat(Cells.amount("800k")).isEqualTo(800_000);
        assertThat(Cells.amount("836000")).isEqualTo(836_000);
        assertThatThrownBy(() -> Cells.amount("-5000")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Cells.amount("1,5")).hasMessageContaining("whole number of kroner");
        assertThatThrownBy(() -> Cells.amount("ca. en million")).hasMessageContaining("is not an amount");
        assertThat(Cells.date("01.06.2025")).isEqualTo(java.time.LocalDate.of(2025, 6, 1));
        assertThat(Cells.date("1.6.2025")).isEqualTo(java.time.LocalDate.of(2025, 6, 1));
        assertThat(Cells.date("2025-06-01")).isEqualTo(java.time.LocalDate.of(2025, 6, 1));
        assertThatThrownBy(() -> Cells.date("06/01/2025")).hasMessageContaining("dd.mm.yyyy");
    }
}
