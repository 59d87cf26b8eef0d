package org.societyflow.society;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.shared.FormValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 学会部's 联系记录 of each society (docs/RULES.md, E): recorded by hand, read by the 软弱涣散 scan. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ContactLog {

    private final ContactAttemptRepository attempts;
    private final SocietyRepository societies;
    private final FormValidator validator;

    /** Records an attempt; a day in the future or a form that breaks its constraints is refused, nothing stored. */
    public ContactAttempt record(Long societyId, ContactAttemptForm form, String by) {
        SocietyRecordInput.check(societies, validator, societyId, form, form.getAttemptedOn(), "attemptedOn",
                "validation.contactAttempt.future");
        String note = SocietyRecordInput.optional(form.getNote());
        return attempts.save(new ContactAttempt(societyId, form.getAttemptedOn(), form.getChannel(),
                form.getOutcome(), note, by));
    }

    /** Every attempt, the latest first. */
    @Transactional(readOnly = true)
    public List<ContactAttempt> of(Long societyId) {
        return attempts.findBySocietyIdOrderByAttemptedOnDescIdDesc(societyId);
    }

    /** The failed attempts since the society was last reached: an answer starts the count again. */
    @Transactional(readOnly = true)
    public int failedSinceLastReached(Long societyId) {
        return attempts.countFailedAfter(societyId, attempts.lastReached(societyId).orElse(null));
    }
}
