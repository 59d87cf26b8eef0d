package org.societyflow.society;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 更正 (docs/RULES.md): 学会部 makes the register read as it should have all along. Each corrected particular gets a
 * change-log line "更正" with old → new and the reason, which the society reads on its profile; a form with any
 * error is refused whole.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegisterCorrections {

    /** The form's key for a refusal that belongs to no single field. */
    static final String WHOLE_FORM = "corrections";
    private static final String OFFICER_BIRTH_DATE = "officer_birth_date";

    private final SocietyRepository societies;
    private final ChangeLogRepository changeLog;
    private final FormValidator validator;
    private final ChineseTexts texts;

    public List<ChangeLogEntry> correct(Long societyId, RegisterCorrectionForm form, String by) {
        Society society = societies.findById(societyId).orElseThrow(() -> new NotFoundException("society", societyId));
        Map<String, String> errors = validator.violations(form);
        Map<CorrectableField, Object> particulars = correctedParticulars(society, form, errors);
        Map<Officer, LocalDate> birthDates = correctedBirthDates(society, form, errors);
        if (errors.isEmpty() && particulars.isEmpty() && birthDates.isEmpty()) {
            errors.put(WHOLE_FORM, "validation.correction.nothing");
        }
        FormValidator.throwIfAny(errors);
        String basis = texts.text("society.correction.basis");
        String reason = form.getReason().strip();
        List<ChangeLogEntry> lines = new ArrayList<>();
        particulars.forEach((field, value) -> {
            String old = CorrectableField.text(field.registered(society));
            society.correct(field, value);
            lines.add(new ChangeLogEntry(societyId, field.logName(), old, CorrectableField.text(value), basis, by,
                    reason));
        });
        birthDates.forEach((officer, day) -> {
            String old = officer.birthSummary();
            officer.correctBirthDate(day);
            lines.add(new ChangeLogEntry(societyId, OFFICER_BIRTH_DATE, old, officer.birthSummary(), basis, by, reason));
        });
        return changeLog.saveAll(lines);
    }

    private static Map<CorrectableField, Object> correctedParticulars(Society society, RegisterCorrectionForm form,
                                                                      Map<String, String> errors) {
        Map<CorrectableField, Object> corrected = new EnumMap<>(CorrectableField.class);
        for (CorrectableField field : CorrectableField.values()) {
            Object value = field.requested(form);
            if (value == null || errors.containsKey(field.property())) {
                continue;
            }
            String problem = field.problem(value, EngineClock.today());
            if (problem != null) {
                errors.put(field.property(), problem);
            } else if (!CorrectableField.text(value).equals(CorrectableField.text(field.registered(society)))) {
                corrected.put(field, value);
            }
        }
        return corrected;
    }

    private static Map<Officer, LocalDate> correctedBirthDates(Society society, RegisterCorrectionForm form,
                                                               Map<String, String> errors) {
        Map<Officer, LocalDate> corrected = new LinkedHashMap<>();
        List<RegisterCorrectionForm.OfficerBirthDate> lines = form.getOfficers() == null ? List.of() : form.getOfficers();
        for (int i = 0; i < lines.size(); i++) {
            RegisterCorrectionForm.OfficerBirthDate line = lines.get(i);
            String path = "officers[" + i + "]";
            if (line == null || line.getId() == null) {
                continue;
            }
            Officer officer = society.getOfficers().stream().filter(o -> o.getId().equals(line.getId())).findFirst()
                    .orElse(null);
            if (officer == null) {
                errors.put(path + ".id", "validation.correction.officer");
            } else if (line.getBirthDate() != null && line.getBirthDate().isAfter(EngineClock.today())) {
                errors.put(path + ".birthDate", "validation.correction.future");
            } else if (line.getBirthDate() != null && !Objects.equals(line.getBirthDate(), officer.getBirthDate())) {
                corrected.put(officer, line.getBirthDate());
            }
        }
        return corrected;
    }
}
