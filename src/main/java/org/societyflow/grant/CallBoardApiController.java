package org.societyflow.grant;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.workflow.BoardJson;
import org.societyflow.workflow.BoardStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A grant call's board over JSON, for 学会部: the societies and their status, reminders, bulk formal-check approval. */
@RestController
@RequestMapping("/api/v1/programmes/{id}/board")
@PreAuthorize("hasAnyAuthority('society-affairs', 'camunda-admin')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CallBoardApiController {

    private final CallBoard boards;
    private final BoardJson json;
    private final CurrentUsers currentUsers;

    @GetMapping
    BoardJson.Rows board(@PathVariable Long id, @RequestParam(required = false) List<BoardStatus> status) {
        return json.rows(boards.board(id), status);
    }

    @PostMapping("/reminders")
    BoardJson.Result remind(@PathVariable Long id, @RequestBody BoardJson.BulkRequest request) {
        return json.result(boards.remind(id, request.rows(), request.statuses(), currentUsers.current()));
    }

    @PostMapping("/approvals")
    BoardJson.Result approve(@PathVariable Long id, @RequestBody BoardJson.BulkRequest request) {
        return json.result(boards.approve(id, request.rows(), request.statuses(), request.opinion(),
                currentUsers.current()));
    }
}
