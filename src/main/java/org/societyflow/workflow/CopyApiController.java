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
import org.springframework.web.bind.annotation.RestController;

/** 抄送 over JSON: copy an application to colleagues, and the caller's inbox of copies. */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CopyApiController {

    record CopyRequest(List<String> users, String note) {
    }

    private final Copies copies;
    private final CurrentUsers currentUsers;

    @PostMapping("/api/v1/approvals/{businessKey}/copies")
    Map<String, Object> copy(@PathVariable String businessKey, @RequestBody CopyRequest request) {
        return Map.of("businessKey", businessKey,
                "users", copies.copy(businessKey, request.users(), request.note(), currentUsers.current()));
    }

    @GetMapping("/api/v1/copies")
    List<Copies.CopyView> inbox() {
        return copies.inbox(currentUsers.current());
    }
}
