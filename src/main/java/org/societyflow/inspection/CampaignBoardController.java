package org.societyflow.inspection;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.workflow.BoardPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 学会部's bulk actions on the campaign page's board; the board itself is on the campaign page. */
@Controller
@PreAuthorize("hasAnyAuthority('society-affairs', 'camunda-admin')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CampaignBoardController {

    private final CampaignBoard boards;
    private final CurrentUsers currentUsers;

    @PostMapping("/campaigns/{id}/board/reminders")
    String remind(@PathVariable Long id, @RequestParam(required = false) List<String> rows,
                  @RequestParam(required = false) List<String> statuses, Model model, RedirectAttributes redirect) {
        return BoardPages.run(model, redirect, "/campaigns/" + id,
                () -> boards.remind(id, rows, BoardPages.statuses(statuses), currentUsers.current()));
    }

    @PostMapping("/campaigns/{id}/board/approvals")
    String approve(@PathVariable Long id, @RequestParam(required = false) List<String> rows,
                   @RequestParam(required = false) List<String> statuses,
                   @RequestParam(required = false) String opinion, Model model, RedirectAttributes redirect) {
        return BoardPages.run(model, redirect, "/campaigns/" + id,
                () -> boards.approve(id, rows, BoardPages.statuses(statuses), opinion, currentUsers.current()));
    }
}
