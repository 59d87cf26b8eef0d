package org.societyflow.society;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.identity.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 学会部's 联系记录 of a society: staff read them, 学会部 adds to them. */
@RestController
@RequestMapping("/api/v1/societies/{id}/contact-attempts")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ContactAttemptApiController {

    private final SocietyService societies;
    private final ContactLog contactLog;
    private final CurrentUsers currentUsers;

    /** The attempts, the latest first. */
    @GetMapping
    List<ContactAttemptView> attempts(@PathVariable Long id) {
        if (!currentUsers.current().isStaff()) {
            throw new AccessDeniedException("contact attempts are for staff");
        }
        societies.get(id);
        return contactLog.of(id).stream().map(ContactAttemptView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ContactAttemptView record(@PathVariable Long id, @RequestBody ContactAttemptForm form) {
        CurrentUser user = currentUsers.current();
        if (!user.isIn(Groups.SOCIETY_AFFAIRS)) {
            throw new AccessDeniedException("学会部 only");
        }
        return ContactAttemptView.of(contactLog.record(id, form, user.userId()));
    }

    /** An attempt as the API gives it. */
    record ContactAttemptView(Long id, Long societyId, LocalDate attemptedOn, ContactAttempt.Channel channel,
                              ContactAttempt.Outcome outcome, String note, String recordedBy, Instant recordedAt) {
        static ContactAttemptView of(ContactAttempt a) {
            return new ContactAttemptView(a.getId(), a.getSocietyId(), a.getAttemptedOn(), a.getChannel(),
                    a.getOutcome(), a.getNote(), a.getRecordedBy(), a.getRecordedAt());
        }
    }
}
