package org.societyflow.onboarding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.societyflow.onboarding.RegisterWorkbook.SheetRow;
import org.societyflow.shared.ChineseTexts;

/**
 * The typed values of one row: each getter returns the value, or notes a problem at the row's cell and returns null
 * (or a default for an optional empty cell), so one pass over a file finds all its problems.
 */
final class RowValues {

    /** Days as 学会部 types them when Excel keeps them as text: 2020-01-31, 2020/1/31, 2020.1.31. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-M-d");

    private final ImportSheet sheet;
    private final SheetRow row;
    private final Problems problems;

    RowValues(ImportSheet sheet, SheetRow row, Problems problems) {
        this.sheet = sheet;
        this.row = row;
        this.problems = problems;
    }

    int number() {
        return row.number();
    }

    void problem(String column, String key, Object... args) {
        problems.add(sheet, row.number(), column, key, args);
    }

    /** Text as typed (a number typed into a text column reads as its plain digits). */
    String text(String column, boolean required, int max) {
        Object value = row.values().get(column);
        if (value == null) {
            if (required) {
                problem(column, "import.problem.required");
            }
            return null;
        }
        String text = value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString()
                : value.toString();
        if (text.length() > max) {
            problem(column, "import.problem.tooLong", String.valueOf(max));
            return null;
        }
        return text;
    }

    String matching(String column, boolean required, int max, Pattern pattern, String key) {
        String text = text(column, required, max);
        if (text != null && !pattern.matcher(text).matches()) {
            problem(column, key, text);
            return null;
        }
        return text;
    }

    LocalDate day(String column, boolean required) {
        Object value = row.values().get(column);
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value == null) {
            if (required) {
                problem(column, "import.problem.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.toString().replace('/', '-').replace('.', '-'), DAY);
        } catch (DateTimeParseException e) {
            problem(column, "import.problem.notDate", value);
            return null;
        }
    }

    Integer whole(String column, boolean required, int min, int max) {
        BigDecimal number = number(column, required);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
                || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(column, "import.problem.notWholeNumber", String.valueOf(min), String.valueOf(max));
            return null;
        }
        return number.intValueExact();
    }

    BigDecimal amount(String column, boolean required, BigDecimal max) {
        BigDecimal number = number(column, required);
        if (number != null && (number.signum() < 0 || number.compareTo(max) > 0 || number.scale() > 6)) {
            problem(column, "import.problem.notAmount", max.toPlainString());
            return null;
        }
        return number;
    }

    private BigDecimal number(String column, boolean required) {
        Object value = row.values().get(column);
        if (value == null) {
            if (required) {
                problem(column, "import.problem.required");
            }
            return null;
        }
        if (value instanceof BigDecimal number) {
            return number;
        }
        try {
            return new BigDecimal(value.toString().replace(",", ""));
        } catch (NumberFormatException e) {
            problem(column, "import.problem.notNumber", value);
            return null;
        }
    }

    /** One of an enum's labels (the bundle's, as the template's drop-down offers them). */
    <E extends Enum<E>> E label(String column, boolean required, E[] values) {
        String text = text(column, required, 100);
        if (text == null) {
            return null;
        }
        for (E value : values) {
            if (ChineseTexts.label(value).equals(text)) {
                return value;
            }
        }
        problem(column, "import.problem.unknownLabel", text, String.join("、", RegisterTemplate.labels(values)));
        return null;
    }

    /** 是 or 否; an empty cell is 否. */
    boolean yes(String column) {
        String text = text(column, false, 10);
        List<String> yesNo = RegisterTemplate.yesNo();
        if (text == null || text.equals(yesNo.get(1))) {
            return false;
        }
        if (text.equals(yesNo.get(0))) {
            return true;
        }
        problem(column, "import.problem.unknownLabel", text, String.join("、", yesNo));
        return false;
    }
}
