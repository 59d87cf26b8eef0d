package org.societyflow.inspection;

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

/**
 * The 年检 campaign board over JSON: the societies and their status ({@code ?status=} filters), reminders and bulk
 * approval (by row keys or statuses; the result per case), and how far opening the campaign has come.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{id}")
@PreAuthorize("hasAnyAuthority('society-affairs', 'leadership', 'camunda-admin')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CampaignBoardApiController {

    private final CampaignBoard boards;
    private final CampaignStartProgress startProgress;
    private final BoardJson json;
    private final CurrentUsers currentUsers;

    @GetMapping("/board")
    BoardJson.Rows board(@PathVariable Long id, @RequestParam(required = false) List<BoardStatus> status) {
        return json.rows(boards.board(id), status);
    }

    @PostMapping("/board/reminders")
    @PreAuthorize("hasAnyAuthority('society-affairs', 'camunda-admin')")
    BoardJson.Result remind(@PathVariable Long id, @RequestBody BoardJson.BulkRequest request) {
        return json.result(boards.remind(id, request.rows(), request.statuses(), currentUsers.current()));
    }

    @PostMapping("/board/approvals")
    @PreAuthorize("hasAnyAuthority('society-affairs', 'camunda-admin')")
    BoardJson.Result approve(@PathVariable Long id, @RequestBody BoardJson.BulkRequest request) {
        return json.result(boards.approve(id, request.rows(), request.statuses(), request.opinion(),
                currentUsers.current()));
    }

    /** How many of the campaign's inspections have been created: the progress bar polls this. */
    @GetMapping("/progress")
    CampaignStartProgress.Progress progress(@PathVariable Long id) {
        return startProgress.of(id);
    }
}
