package org.societyflow.onboarding;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.societyflow.shared.ChineseTexts;

/**
 * Reads the data sheets of an uploaded import file (the register's, the staff's) into rows of plain values (text, day, number), or refuses the
 * whole file ({@link ImportRefused}): over the size or row limit, not an .xlsx workbook, a data sheet or its headers
 * missing, a formula or an error value in a cell. A formula is refused rather than evaluated: its cached value may
 * be stale, and what 学会部 previews must be what it typed.
 */
final class RegisterWorkbook {

    /** One data row: its number as Excel shows it (the header is row 1) and its values by column key. */
    record SheetRow(int number, Map<String, Object> values) {
    }

    private RegisterWorkbook() {
    }

    /** Reads the data sheets the enum {@code kinds} names, each by its headers. */
    static <S extends Enum<S> & ImportSheet> Map<S, List<SheetRow>> read(byte[] content, ImportSettings settings,
                                                                       Class<S> kinds) {
        if (content == null || content.length == 0) {
            throw new ImportRefused("import.refused.empty");
        }
        if (content.length > settings.getMaxFileSize().toBytes()) {
            throw new ImportRefused("import.refused.tooLarge", settings.getMaxFileSize().toMegabytes());
        }
        try (Workbook workbook = open(content)) {
            int rows = 0;
            for (S kind : kinds.getEnumConstants()) {
                Sheet sheet = workbook.getSheet(kind.sheetName());
                if (sheet == null) {
                    throw new ImportRefused("import.refused.missingSheet", kind.sheetName());
                }
                rows += sheet.getLastRowNum();
            }
            if (rows > settings.getMaxRows()) {
                throw new ImportRefused("import.refused.tooManyRows", String.valueOf(settings.getMaxRows()));
            }
            Map<S, List<SheetRow>> sheets = new EnumMap<>(kinds);
            for (S kind : kinds.getEnumConstants()) {
                sheets.put(kind, rows(workbook.getSheet(kind.sheetName()), kind));
            }
            return sheets;
        } catch (java.io.IOException e) {
            throw new ImportRefused("import.refused.notWorkbook");
        }
    }

    private static Workbook open(byte[] content) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (Exception e) {
            // POI answers a file that is no .xlsx (an .xls, a renamed PDF, a zip bomb) with many kinds of exception
            throw new ImportRefused("import.refused.notWorkbook");
        }
    }

    private static List<SheetRow> rows(Sheet sheet, ImportSheet kind) {
        List<String> headers = kind.headers();
        Row head = sheet.getRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Object value = head == null ? null : value(head.getCell(c), sheet);
            if (!headers.get(c).equals(value)) {
                throw new ImportRefused("import.refused.headers", kind.sheetName(), String.join("、", headers));
            }
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Object> values = new HashMap<>();
            for (int c = 0; c < kind.columns().size(); c++) {
                Object value = value(row.getCell(c), sheet);
                if (value != null) {
                    values.put(kind.columns().get(c), value);
                }
            }
            if (!values.isEmpty()) {
                rows.add(new SheetRow(r + 1, values));
            }
        }
        return rows;
    }

    /** The cell's value: stripped text (null when empty), a day, or a number. */
    private static Object value(Cell cell, Sheet sheet) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA || type == CellType.ERROR) {
            throw new ImportRefused("import.refused.formula", sheet.getSheetName(),
                    new CellReference(cell).formatAsString(false));
        }
        return switch (type) {
            case STRING -> {
                String text = cell.getStringCellValue().strip();
                yield text.isEmpty() ? null : text;
            }
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : BigDecimal.valueOf(cell.getNumericCellValue());
            case BOOLEAN -> ChineseTexts.format(cell.getBooleanCellValue() ? "export.yes" : "export.no");
            default -> null;
        };
    }
}
