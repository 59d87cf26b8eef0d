package org.societyflow.grant;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The expert pool over JSON, for 学会部 and admins. */
@RestController
@RequestMapping("/api/v1/experts")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ExpertApiController {

    private final ExpertPool pool;
    private final CurrentUsers currentUsers;

    @GetMapping
    List<ExpertForm> list() {
        return pool.all(currentUsers.current()).stream().map(ExpertForm::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ExpertForm add(@RequestBody ExpertForm form) {
        return ExpertForm.of(pool.add(form, currentUsers.current()));
    }

    @PutMapping("/{id}")
    ExpertForm update(@PathVariable Long id, @RequestBody ExpertForm form) {
        return ExpertForm.of(pool.update(id, form, currentUsers.current()));
    }
}
