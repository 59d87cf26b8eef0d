package org.societyflow.founding;

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

/**
 * 学会成立 over JSON: an initiator opens an application and fills it like every society form (GET the draft with
 * every field, PUT, POST …/submit); documents under {@code /api/v1/foundings/{id}/attachments}.
 */
@RestController
@RequestMapping("/api/v1/foundings")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FoundingApiController {

    private final FoundingService foundings;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    FoundingView start() {
        return FoundingView.of(foundings.start(currentUsers.current()), null);
    }

    @GetMapping
    List<FoundingView> list() {
        return foundings.visibleTo(currentUsers.current()).stream().map(f -> FoundingView.of(f, null)).toList();
    }

    @GetMapping("/{id}")
    FoundingView get(@PathVariable Long id) {
        FoundingApplication application = foundings.get(id, currentUsers.current());
        return FoundingView.of(application, progress.progress(application.getApplicationNo()));
    }

    @GetMapping("/{id}/application")
    FoundingForm application(@PathVariable Long id) {
        return foundings.get(id, currentUsers.current()).getForm();
    }

    @PutMapping("/{id}/application")
    FoundingForm save(@PathVariable Long id, @RequestBody FoundingForm form) {
        return foundings.save(id, form, currentUsers.current()).getForm();
    }

    @PostMapping("/{id}/application/submit")
    FoundingView submit(@PathVariable Long id) {
        return FoundingView.of(foundings.submit(id, null, currentUsers.current()), null);
    }
}
