package org.societyflow.workflow;

import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 补正 and 撤回 over JSON, in the URL style of the other approval operations. */
@RestController
@RequestMapping("/api/v1/approvals")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CorrectionApiController {

    record Correction(List<String> fields, String reason) {
    }

    private final Corrections corrections;
    private final Withdrawals withdrawals;
    private final CurrentUsers currentUsers;

    @PostMapping("/{businessKey}/corrections")
    Map<String, Object> request(@PathVariable String businessKey, @RequestBody Correction request) {
        CorrectionRequest saved = corrections.request(businessKey, request.fields(), request.reason(), currentUsers.current());
        return Map.of("businessKey", businessKey, "activityId", saved.getTaskDefinitionKey(), "fields", saved.getFields());
    }

    @PostMapping("/{businessKey}/withdrawal")
    Map<String, String> withdraw(@PathVariable String businessKey) {
        withdrawals.withdraw(businessKey, currentUsers.current());
        return Map.of("businessKey", businessKey);
    }
}
