package org.societyflow.identity;

import java.util.Set;
import java.util.TreeSet;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MeApiController {

    record Me(String userId, String name, Set<String> groups, String societyCode, boolean staff) {
    }

    private final CurrentUsers currentUsers;

    /** Who the caller is: user, groups and — for a society account — its society code. */
    @GetMapping("/api/v1/me")
    Me me() {
        CurrentUser user = currentUsers.current();
        return new Me(user.userId(), user.displayName(), new TreeSet<>(user.groups()), user.societyCode(),
                user.isStaff());
    }
}
