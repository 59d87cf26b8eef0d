package org.societyflow.society;

import java.time.LocalDate;
import java.util.Map;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;

/**
 * What every record 学会部 keeps on a society by hand (处罚与案件记录, 联系记录) passes before it is stored: the society
 * exists, the form keeps its constraints, and its day is not after today; otherwise nothing is stored.
 */
final class SocietyRecordInput {

    private SocietyRecordInput() {
    }

    static void check(SocietyRepository societies, FormValidator validator, Long societyId, Object form,
                      LocalDate day, String dayField, String futureKey) {
        if (!societies.existsById(societyId)) {
            throw new NotFoundException("society", societyId);
        }
        Map<String, String> errors = validator.violations(form);
        if (day != null && day.isAfter(EngineClock.today())) {
            errors.putIfAbsent(dayField, futureKey);
        }
        FormValidator.throwIfAny(errors);
    }

    /** A free text as stored: stripped, none when blank. */
    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
