package org.societyflow.reelection;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.workflow.ProcessProgressService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 换届 over JSON: the plan and the results are society forms (GET draft, PUT, POST …/submit). */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReelectionApiController {

    record StartRequest(Long societyId) {
    }

    private final ReelectionService reelections;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    /** Starts a 换届: a society for itself (societyId may be omitted), 学会部 for any supervised society. */
    @PostMapping("/reelections")
    @ResponseStatus(HttpStatus.CREATED)
    ReelectionView start(@RequestBody(required = false) StartRequest request) {
        return ReelectionView.of(reelections.start(request == null ? null : request.societyId(), currentUsers.current()),
                null);
    }

    @GetMapping("/societies/{societyId}/reelections")
    List<ReelectionView> ofSociety(@PathVariable Long societyId) {
        return reelections.ofSociety(societyId, currentUsers.current()).stream().map(r -> ReelectionView.of(r, null))
                .toList();
    }

    @GetMapping("/reelections/{id}")
    ReelectionView get(@PathVariable Long id) {
        Reelection reelection = reelections.get(id, currentUsers.current());
        return ReelectionView.of(reelection, progress.progress(reelection.getApplicationNo()));
    }

    @GetMapping("/reelections/{id}/plan")
    ReelectionPlan plan(@PathVariable Long id) {
        return reelections.get(id, currentUsers.current()).getPlan();
    }

    @PutMapping("/reelections/{id}/plan")
    ReelectionPlan savePlan(@PathVariable Long id, @RequestBody ReelectionPlan plan) {
        return reelections.savePlan(id, plan, currentUsers.current()).getPlan();
    }

    @PostMapping("/reelections/{id}/plan/submit")
    ReelectionView submitPlan(@PathVariable Long id) {
        return ReelectionView.of(reelections.submitPlan(id, null, currentUsers.current()), null);
    }

    @GetMapping("/reelections/{id}/results")
    ReelectionResults results(@PathVariable Long id) {
        return reelections.get(id, currentUsers.current()).getResults();
    }

    @PutMapping("/reelections/{id}/results")
    ReelectionResults saveResults(@PathVariable Long id, @RequestBody ReelectionResults results) {
        return reelections.saveResults(id, results, currentUsers.current()).getResults();
    }

    @PostMapping("/reelections/{id}/results/submit")
    ReelectionView submitResults(@PathVariable Long id) {
        return ReelectionView.of(reelections.submitResults(id, null, currentUsers.current()), null);
    }
}
