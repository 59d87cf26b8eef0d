package org.societyflow.exit;

import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.workflow.ProcessProgressService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 软弱涣散 over JSON. 学会部: {@code /api/v1/exit-proposals} (scan, confirm, dismiss with a reason). The society: its
 * case's submission is a society form (GET the draft, PUT, POST …/submit); documents under
 * {@code /api/v1/exit-cases/{id}/attachments}. 学会部 extends a rectification period once: POST
 * {@code /api/v1/exit-cases/{id}/extension} with a reason.
 */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ExitApiController {

    private final ExitCaseService cases;
    private final ExitProposalService proposals;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    @GetMapping("/exit-proposals")
    List<ExitProposal> undecided() {
        return proposals.undecided(currentUsers.current());
    }

    @PostMapping("/exit-proposals/scan")
    List<ExitProposal> scan() {
        return proposals.scan(currentUsers.current());
    }

    @PostMapping("/exit-proposals/{id}/confirm")
    Map<String, String> confirm(@PathVariable Long id) {
        return Map.of("caseNo", proposals.confirm(id, currentUsers.current()));
    }

    @PostMapping("/exit-proposals/{id}/dismiss")
    ExitProposal dismiss(@PathVariable Long id, @RequestBody(required = false) Map<String, String> body) {
        return proposals.dismiss(id, body == null ? null : body.get("reason"), currentUsers.current());
    }

    @GetMapping("/exit-cases")
    List<ExitCaseView> list() {
        return cases.visibleTo(currentUsers.current()).stream().map(c -> ExitCaseView.of(c, null)).toList();
    }

    @GetMapping("/exit-cases/{id}")
    ExitCaseView get(@PathVariable Long id) {
        ExitCase exitCase = cases.get(id, currentUsers.current());
        return ExitCaseView.of(exitCase, progress.progress(exitCase.getApplicationNo()));
    }

    @GetMapping("/exit-cases/{id}/submission")
    CaseSubmission submission(@PathVariable Long id) {
        return cases.get(id, currentUsers.current()).draft();
    }

    @PutMapping("/exit-cases/{id}/submission")
    CaseSubmission save(@PathVariable Long id, @RequestBody CaseSubmission submission) {
        return cases.save(id, submission, currentUsers.current()).draft();
    }

    /** 学会部 extends the running rectification period once, with a reason. */
    @PostMapping("/exit-cases/{id}/extension")
    ExitCaseView extend(@PathVariable Long id, @RequestBody(required = false) Map<String, String> body) {
        return ExitCaseView.of(cases.extend(id, body == null ? null : body.get("reason"), currentUsers.current()), null);
    }

    @PostMapping("/exit-cases/{id}/submission/submit")
    ExitCaseView submit(@PathVariable Long id) {
        return ExitCaseView.of(cases.submit(id, null, currentUsers.current()), null);
    }
}
