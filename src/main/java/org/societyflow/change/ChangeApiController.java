package org.societyflow.change;

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

/** 变更 over JSON: the request and the 民政局 filing are society forms (GET draft, PUT, POST …/submit). */
@RestController
@RequestMapping("/api/v1/changes")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ChangeApiController {

    private final ChangeService changes;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ChangeView start() {
        return ChangeView.of(changes.start(currentUsers.current()), null);
    }

    @GetMapping
    List<ChangeView> list() {
        return changes.visibleTo(currentUsers.current()).stream().map(c -> ChangeView.of(c, null)).toList();
    }

    @GetMapping("/{id}")
    ChangeView get(@PathVariable Long id) {
        ChangeRequest change = changes.get(id, currentUsers.current());
        return ChangeView.of(change, progress.progress(change.getApplicationNo()));
    }

    @GetMapping("/{id}/request")
    ChangeRequestForm request(@PathVariable Long id) {
        return changes.get(id, currentUsers.current()).getForm();
    }

    @PutMapping("/{id}/request")
    ChangeRequestForm saveRequest(@PathVariable Long id, @RequestBody ChangeRequestForm form) {
        return changes.save(id, form, currentUsers.current()).getForm();
    }

    @PostMapping("/{id}/request/submit")
    ChangeView submitRequest(@PathVariable Long id) {
        return ChangeView.of(changes.submit(id, null, currentUsers.current()), null);
    }

    @GetMapping("/{id}/filing")
    ChangeFiling filing(@PathVariable Long id) {
        return changes.get(id, currentUsers.current()).getFiling();
    }

    @PutMapping("/{id}/filing")
    ChangeFiling saveFiling(@PathVariable Long id, @RequestBody ChangeFiling filing) {
        return changes.saveFiling(id, filing, currentUsers.current()).getFiling();
    }

    @PostMapping("/{id}/filing/submit")
    ChangeView submitFiling(@PathVariable Long id) {
        return ChangeView.of(changes.submitFiling(id, null, currentUsers.current()), null);
    }
}
