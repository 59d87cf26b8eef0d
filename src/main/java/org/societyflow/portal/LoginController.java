package org.societyflow.portal;

import java.time.DateTimeException;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.LockedAccountProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; after a refused login it says why (wrong password, unconfirmed, locked and until when). */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LoginController {

    private final LockedAccountProblem lockedAccount;

    @GetMapping("/login")
    String login(@RequestParam(required = false) String locked, Model model) {
        if (locked != null) {
            model.addAttribute("lockedMessage", lockedAccount.message(until(locked)));
        }
        return "portal/login";
    }

    /** {@code ?locked} for a lock only an admin lifts, {@code ?locked=<epoch second>} for one that lifts by itself. */
    private static Instant until(String locked) {
        try {
            return locked.isBlank() ? null : Instant.ofEpochSecond(Long.parseLong(locked.strip()));
        } catch (NumberFormatException | DateTimeException notATime) {
            return null;
        }
    }
}
