package org.societyflow.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.societyflow.society.CreditCode;

/**
 * Register files as 学会部 fills in the downloaded template: rows per sheet (学会, 负责人, 党组织, 年检结果) written
 * from row 2, days as Excel dates, numbers as numbers. {@link #generated} makes {@code count} valid societies.
 */
public final class RegisterFiles {

    public static final String SOCIETIES = "学会";
    public static final String OFFICERS = "负责人";
    public static final String PARTY = "党组织";
    public static final String INSPECTIONS = "年检结果";

    /** Rows per sheet name, each a list of cell values in the template's column order. */
    public static final class Rows {
        public final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

        public Rows() {
            for (String sheet : List.of(SOCIETIES, OFFICERS, PARTY, INSPECTIONS)) {
                sheets.put(sheet, new ArrayList<>());
            }
        }

        public List<List<Object>> of(String sheet) {
            return sheets.get(sheet);
        }

        public Rows add(String sheet, Object... values) {
            sheets.get(sheet).add(new ArrayList<>(Arrays.asList(values)));
            return this;
        }
    }

    private RegisterFiles() {
    }

    /** A valid unified social credit code, different for each (run, n). */
    public static String creditCode(String run, int n) {
        String first17 = "5142010" + String.format("%06d", Math.floorMod(run.hashCode(), 1_000_000))
                + String.format("%04d", n);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** {@code count} valid societies coded {@code <run><n>} (run: lower-case letters), each with three officers. */
    public static Rows generated(String run, int count) {
        Rows rows = new Rows();
        String[] disciplines = {"理科", "工科", "农科", "医科", "交叉学科"};
        int lastYear = LocalDate.now().getYear() - 1;
        for (int i = 0; i < count; i++) {
            String credit = creditCode(run, i);
            LocalDate termStart = LocalDate.of(2023, 1, 1).plusDays(i % 200);
            rows.add(SOCIETIES, run + i, "导入测试" + run + "学会" + i, "Test Society " + run + i, credit,
                    disciplines[i % disciplines.length], i % 10 == 0 ? "直接登记" : "科协主管",
                    LocalDate.of(2000, 1, 1).plusDays(i), "武汉市洪山区测试路" + i + "号",
                    "027-" + (87000000 + i), new BigDecimal(3 + i % 50), "学术交流、科学普及" + i, 1 + i % 8,
                    termStart, termStart.plusYears(5), 100 + i, i % 30, run + i + "@example.org");
            rows.add(OFFICERS, credit, "理事长", "理事长" + run + i, LocalDate.of(1960, 1, 1).plusDays(i), 1, "是", "否");
            rows.add(OFFICERS, credit, "副理事长", "副理事长" + run + i, LocalDate.of(1965, 1, 1).plusDays(i), 2, "否", "否");
            rows.add(OFFICERS, credit, "秘书长", "秘书长" + run + i, LocalDate.of(1975, 1, 1).plusDays(i), 1, "否", "是");
            if (i % 3 == 0) {
                rows.add(PARTY, credit, "单独建立", LocalDate.of(2015, 7, 1), "书记" + run + i, 5 + i % 20, "否",
                        null, "武汉市科协科技社团党委");
            }
            rows.add(INSPECTIONS, credit, lastYear - 1, "合格");
            rows.add(INSPECTIONS, credit, lastYear, i % 7 == 0 ? "基本合格" : "合格");
        }
        return rows;
    }

    /** The template with the rows written in. */
    public static byte[] fill(byte[] template, Rows rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            rows.sheets.forEach((name, values) -> {
                Sheet sheet = workbook.getSheet(name);
                for (int r = 0; r < values.size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> cells = values.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        write(row.createCell(c), cells.get(c), date);
                    }
                }
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, Object value, CellStyle date) {
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }
}
