package org.societyflow.onboarding;

import java.util.Map;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.InvalidInputException;

/**
 * A register file the import does not read at all — not a workbook, too large, a sheet or header missing, a formula,
 * too many rows — with the reason as the field error of {@code file}; nothing is stored.
 */
class ImportRefused extends InvalidInputException {

    ImportRefused(String key, Object... args) {
        super(Map.of("file", ChineseTexts.format(key, args)));
    }

    String reason() {
        return getFieldErrors().get("file");
    }
}
