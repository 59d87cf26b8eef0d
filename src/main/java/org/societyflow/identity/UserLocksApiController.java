package org.societyflow.identity;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Locked accounts over the JSON API, for admins: the list and the unlock. */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UserLocksApiController {

    private final LoginLocks loginLocks;
    private final CurrentUsers currentUsers;

    @GetMapping("/api/v1/admin/users/locked")
    List<LoginLocks.Lock> locked() {
        UserLocksController.requireAdmin(currentUsers);
        return loginLocks.locked();
    }

    @PostMapping("/api/v1/admin/users/{userId}/unlock")
    ResponseEntity<Void> unlock(@PathVariable String userId) {
        loginLocks.unlock(userId, UserLocksController.requireAdmin(currentUsers));
        return ResponseEntity.noContent().build();
    }
}
