package io.github.veivalg.examples.plan;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * An XLSX plan: the first sheet, read with Apache POI's streaming (SAX) reader, so a large sheet is
 * never held in memory. XLSX is XML in a zip: POI's {@link ZipSecureFile} refuses a part that
 * inflates more than {@link PlanReader.Limits#MAX_XLSX_ENTRY_BYTES} or at a suspicious ratio (a zip
 * bomb), and the XML reader comes from POI's {@link XMLHelper}, which forbids DTDs and external
 * entities (XXE). Date cells are read as ISO dates and numbers as plain digits, whatever their format.
 */
final class XlsxPlan {

    private XlsxPlan() {
    }

    static {
        ZipSecureFile.setMaxEntrySize(PlanReader.Limits.MAX_XLSX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    /** Stops the SAX parse when the consumer refuses the header or the row limit is passed. */
    private static final class Stop extends RuntimeException {
        final PlanFileException cause;

        Stop(PlanFileException cause) {
            super(cause.getMessage(), null, false, false);
            this.cause = cause;
        }
    }

    static void read(Path file, PlanReader.Limits limits, PlanReader.Rows rows) throws PlanFileException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new PlanFileException("The workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Handler(limits, rows), new PlainFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (Stop stop) {
            throw stop.cause;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new PlanFileException("This is not an .xlsx workbook (a zip file, but not Office Open XML)", e);
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new PlanFileException("The workbook cannot be read: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            // POI reports a zip bomb or a broken zip as an IOException or an unchecked exception.
            throw new PlanFileException("The workbook cannot be read (damaged, or larger than the limits when unpacked): " + e.getMessage(), e);
        }
    }

    /** Turns the sheet's cells into rows, filling the gaps of empty cells. */
    private static final class Handler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final PlanReader.Limits limits;
        private final PlanReader.Rows rows;
        private List<String> cells = new ArrayList<>();
        private boolean headerSeen;
        private long count;

        Handler(PlanReader.Limits limits, PlanReader.Rows rows) {
            this.limits = limits;
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            PlanReader.RawRow row = new PlanReader.RawRow(rowNum + 1L, List.copyOf(cells));
            if (!headerSeen) {
                if (row.blank()) {
                    return;
                }
                headerSeen = true;
                try {
                    rows.header(row);
                } catch (PlanFileException e) {
                    throw new Stop(e);
                }
                return;
            }
            if (++count > limits.maxRows()) {
                throw new Stop(new PlanFileException("The plan has more than " + limits.maxRows() + " rows, the limit (--max-rows)"));
            }
            rows.row(row);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= PlanReader.Limits.MAX_COLUMNS) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            String v = value == null ? "" : value;
            cells.add(v.length() > PlanReader.Limits.MAX_CELL_CHARS ? v.substring(0, PlanReader.Limits.MAX_CELL_CHARS) + "…" : v);
        }
    }

    /** Dates as ISO dates and numbers as plain digits, so that the cell readers see one form. */
    private static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

}
