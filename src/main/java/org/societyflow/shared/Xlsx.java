package org.societyflow.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.societyflow.shared.ChineseTexts;

/**
 * A workbook of plain tables: a bold, frozen header row and typed cells — numbers as numbers and dates as dates, so staff
 * can sort, filter and sum in Excel without converting text first.
 */
public final class Xlsx {

    /** Excel's column width unit is 1/256 of a character; wide columns are capped so a long text does not hide the rest. */
    private static final int MAX_WIDTH = 60;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle dateTime;

    private final ZoneId zone;

    /** Moments are written in {@code zone}, the 科协's (DisplayTime). */
    public Xlsx(ZoneId zone) {
        this.zone = zone;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    }

    public Xlsx sheet(String name, List<String> headers, List<List<Object>> rows) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        int[] widths = new int[headers.size()];
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(header);
            widths[c] = width(headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size() && c < headers.size(); c++) {
                write(row.createCell(c), values.get(c));
                widths[c] = Math.max(widths[c], width(values.get(c)));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(widths[c] + 2, MAX_WIDTH) * 256);
        }
        sheet.createFreezePane(0, 1);
        return this;
    }

    public byte[] bytes() {
        try (XSSFWorkbook book = workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Cell cell, Object value) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean yes) {
            cell.setCellValue(ChineseTexts.format(yes ? "export.yes" : "export.no"));
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof Instant instant) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, zone));
            cell.setCellStyle(dateTime);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** Characters as Excel counts them: a Chinese character takes about two. */
    private static int width(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof LocalDate) {
            return 10;
        }
        if (value instanceof Instant) {
            return 16;
        }
        return value.toString().codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
    }
}
