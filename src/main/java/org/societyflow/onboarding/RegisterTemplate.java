package org.societyflow.onboarding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.EngineClock;
import org.societyflow.society.Discipline;
import org.societyflow.society.InspectionGrade;
import org.societyflow.society.OfficerRole;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.SupervisionMode;
import org.springframework.stereotype.Component;

/**
 * The empty register file 学会部 downloads and fills in: an instructions sheet, then one sheet per {@link RegisterSheet}
 * with its Chinese headers. Columns that take a label offer the labels as a drop-down, and columns of codes and
 * phone numbers are text, so Excel neither rounds a credit code nor drops a leading zero.
 */
@Component
public class RegisterTemplate {

    /** The lines of the instructions sheet, the bundle's {@code import.instructions.<line>}. */
    private static final List<String> INSTRUCTIONS = List.of("purpose", "sheets", "match", "code", "dates", "officers",
            "party", "inspections", "allOrNothing", "accounts");

    /** Rows a drop-down and a text format cover: more than any register the 科协 supervises. */
    private static final int FORMATTED_ROWS = 10_000;

    private static final Map<String, List<String>> CHOICES = Map.of(
            "discipline", labels(Discipline.values()),
            "supervisionMode", labels(SupervisionMode.values()),
            "role", labels(OfficerRole.values()),
            "organisationForm", labels(PartyOrganisation.values()),
            "grade", labels(InspectionGrade.values()),
            "legalRepresentative", yesNo(),
            "fullTime", yesNo(),
            "workGroup", yesNo());

    private static final List<String> TEXT_COLUMNS = List.of("code", "creditCode", "contactPhone");

    private final ImportSettings settings;

    RegisterTemplate(ImportSettings settings) {
        this.settings = settings;
    }

    public byte[] bytes() {
        YearRange years = inspectionYears(settings);
        return write("import.instructions.", INSTRUCTIONS, new Object[] {years.first(), years.last()},
                RegisterSheet.values(), CHOICES, TEXT_COLUMNS);
    }

    /** The years whose 年检 results the register file carries: the last {@code inspection-years} before this one. */
    static YearRange inspectionYears(ImportSettings settings) {
        int last = EngineClock.today().getYear() - 1;
        return new YearRange(last - settings.getInspectionYears() + 1, last);
    }

    record YearRange(int first, int last) {
        boolean contains(int year) {
            return year >= first && year <= last;
        }
    }

    /**
     * An empty import file: the instructions sheet (the bundle's {@code <instructionsPrefix><line>}, formatted with
     * {@code instructionArgs}), then each data
     * sheet with its bold headers, a drop-down on the columns of {@code choices} and text format on
     * {@code textColumns}.
     */
    static byte[] write(String instructionsPrefix, List<String> instructionLines, Object[] instructionArgs, ImportSheet[] sheets,
                        Map<String, List<String>> choices, List<String> textColumns) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Sheet instructions = workbook.createSheet(ChineseTexts.format(RegisterSheet.INSTRUCTIONS));
            for (int i = 0; i < instructionLines.size(); i++) {
                instructions.createRow(i).createCell(0).setCellValue(
                        ChineseTexts.format(instructionsPrefix + instructionLines.get(i), instructionArgs));
            }
            instructions.setColumnWidth(0, 120 * 256);
            for (ImportSheet kind : sheets) {
                Sheet sheet = workbook.createSheet(kind.sheetName());
                Row row = sheet.createRow(0);
                List<String> headers = kind.headers();
                for (int c = 0; c < headers.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(headers.get(c));
                    cell.setCellStyle(header);
                    sheet.setColumnWidth(c, Math.max(12, headers.get(c).length() * 2 + 4) * 256);
                    String column = kind.columns().get(c);
                    if (textColumns.contains(column)) {
                        sheet.setDefaultColumnStyle(c, text);
                    }
                    if (choices.containsKey(column)) {
                        dropDown(sheet, c, choices.get(column));
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dropDown(Sheet sheet, int column, List<String> choices) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        var validation = helper.createValidation(helper.createExplicitListConstraint(choices.toArray(String[]::new)),
                new CellRangeAddressList(1, FORMATTED_ROWS, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    static List<String> labels(Enum<?>[] values) {
        return Arrays.stream(values).map(ChineseTexts::label).toList();
    }

    static List<String> yesNo() {
        return List.of(ChineseTexts.format("export.yes"), ChineseTexts.format("export.no"));
    }
}
