package org.societyflow.workflow;

import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 退回, 转办, 委派 and 催办 over JSON, for the staff pages, a Tasklist plugin or another client. */
@RestController
@RequestMapping("/api/v1/approvals")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApprovalApiController {

    record SendBack(String activityId, String reason) {
    }

    record Transfer(String toUser, String reason) {
    }

    private final ApprovalOperations operations;
    private final CurrentUsers currentUsers;

    @GetMapping("/{businessKey}/passed-steps")
    List<ApplicationProgress.Target> passedSteps(@PathVariable String businessKey) {
        if (!currentUsers.current().isStaff()) {
            throw new org.springframework.security.access.AccessDeniedException("staff only");
        }
        return operations.passedSteps(businessKey);
    }

    @PostMapping("/{businessKey}/send-back")
    Map<String, String> sendBack(@PathVariable String businessKey, @RequestBody SendBack request) {
        operations.sendBack(businessKey, request.activityId(), request.reason(), currentUsers.current());
        return Map.of("businessKey", businessKey, "activityId", request.activityId());
    }

    @PostMapping("/tasks/{taskId}/transfer")
    Map<String, String> transfer(@PathVariable String taskId, @RequestBody Transfer request) {
        operations.transfer(taskId, request.toUser(), request.reason(), currentUsers.current());
        return Map.of("taskId", taskId, "assignee", request.toUser());
    }

    @PostMapping("/tasks/{taskId}/delegate")
    Map<String, String> delegate(@PathVariable String taskId, @RequestBody Transfer request) {
        operations.delegate(taskId, request.toUser(), request.reason(), currentUsers.current());
        return Map.of("taskId", taskId, "assignee", request.toUser());
    }

    @PostMapping("/tasks/{taskId}/resolve")
    Map<String, String> resolve(@PathVariable String taskId, @RequestBody Transfer request) {
        operations.resolve(taskId, request.reason(), currentUsers.current());
        return Map.of("taskId", taskId);
    }

    @PostMapping("/{businessKey}/urge")
    Map<String, Integer> urge(@PathVariable String businessKey) {
        return Map.of("urged", operations.urge(businessKey, currentUsers.current()));
    }
}
