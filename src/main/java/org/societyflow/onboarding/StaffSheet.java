package org.societyflow.onboarding;

import java.util.List;
import org.societyflow.shared.ChineseTexts;

/**
 * The data sheet of the staff file: one row per staff member. Its name is the bundle's {@code import.sheet.staff}
 * and a column's header {@code import.staff.<column>}.
 */
enum StaffSheet implements ImportSheet {
    STAFF(List.of("userId", "name", "department", "email", "mobile", "roles"));

    private final List<String> columns;

    StaffSheet(List<String> columns) {
        this.columns = columns;
    }

    @Override
    public String sheetName() {
        return ChineseTexts.format("import.sheet.staff");
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public List<String> headers() {
        return ChineseTexts.formatAll("import.staff.", columns);
    }

    @Override
    public String header(String column) {
        return ChineseTexts.format("import.staff." + column);
    }
}
