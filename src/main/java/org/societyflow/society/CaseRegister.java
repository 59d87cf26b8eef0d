package org.societyflow.society;

import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.shared.FormValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The 处罚与案件记录 学会部 keeps on each society (docs/RULES.md, C): recorded by hand, read by the 年检. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseRegister {

    private final CaseRecordRepository records;
    private final SocietyRepository societies;
    private final FormValidator validator;

    /** Records a line; a date in the future or a form that breaks its constraints is refused and nothing stored. */
    public CaseRecord record(Long societyId, CaseRecordForm form, String by) {
        SocietyRecordInput.check(societies, validator, societyId, form, form.getOccurredOn(), "occurredOn",
                "validation.caseRecord.future");
        String note = SocietyRecordInput.optional(form.getNote());
        return records.save(new CaseRecord(societyId, form.getKind(), form.getOccurredOn(), form.getSource().strip(),
                note, by));
    }

    /** Every line of the society, the latest first. */
    @Transactional(readOnly = true)
    public List<CaseRecord> of(Long societyId) {
        return records.findBySocietyIdOrderByOccurredOnDescIdDesc(societyId);
    }

    /** The lines dated within the given year, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseRecord> ofYear(Long societyId, int year) {
        return records.findBySocietyIdAndOccurredOnBetweenOrderByOccurredOn(societyId, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }
}
