package org.societyflow.workflow;

import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.identity.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 迁入 under the API: an admin enters a case running on paper at its current step. */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CaseEntryApiController {

    private final CaseEntries entries;
    private final CurrentUsers currentUsers;

    /** Answers the case's application number; a problem and nothing stored on bad input. */
    @PostMapping("/api/v1/imports/cases")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> enter(@RequestBody CaseEntryForm form) {
        CurrentUser user = currentUsers.current();
        if (!user.isIn(Groups.ADMIN)) {
            throw new AccessDeniedException("admins only");
        }
        return Map.of("applicationNo", entries.enter(form, user.userId()));
    }
}
