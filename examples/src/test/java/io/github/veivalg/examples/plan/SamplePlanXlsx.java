package io.github.veivalg.examples.plan;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes examples/plans/sample-plan.xlsx from sample-plan.csv, as a buyer's Excel would hold it:
 * values as numbers with a thousands format, dates as date cells ("dd.mm.yyyy"), the rest as text.
 * Run {@code main} to regenerate the checked-in workbook; {@link SamplePlanTest} checks that both
 * files give the same answers.
 */
public final class SamplePlanXlsx {

    private SamplePlanXlsx() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/plans");
        write(dir.resolve("sample-plan.csv"), dir.resolve("sample-plan.xlsx"));
    }

    static void write(Path csv, Path xlsx) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(CSVFormat.DEFAULT.builder().setDelimiter(';').get()).get();
             XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Anskaffelsesplan");
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("# ##0"));
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
            int r = 0;
            for (CSVRecord record : parser) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < record.size(); c++) {
                    String v = record.get(c);
                    Cell cell = row.createCell(c);
                    if (r > 0 && c == 4 && v.matches("[0-9 ]+")) {
                        cell.setCellValue(Double.parseDouble(v.replace(" ", "")));
                        cell.setCellStyle(money);
                    } else if (r > 0 && c == 6 && v.matches("\\d\\d\\.\\d\\d\\.\\d{4}")) {
                        cell.setCellValue(LocalDate.of(Integer.parseInt(v.substring(6)), Integer.parseInt(v.substring(3, 5)), Integer.parseInt(v.substring(0, 2))));
                        cell.setCellStyle(date);
                    } else if (r > 0 && (c == 0 || c == 5) && v.matches("\\d+")) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else if (!v.isEmpty()) {
                        cell.setCellValue(v);
                    }
                }
                r++;
            }
            for (int c = 0; c < 11; c++) {
                sheet.setColumnWidth(c, c == 1 ? 40 * 256 : 16 * 256);
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                book.write(out);
            }
        }
    }
}
