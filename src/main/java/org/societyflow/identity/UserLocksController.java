package org.societyflow.identity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' page of accounts locked after failed logins, each with 解锁. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UserLocksController {

    private final LoginLocks loginLocks;
    private final CurrentUsers currentUsers;

    @GetMapping("/admin/users")
    String locked(Model model) {
        requireAdmin(currentUsers);
        model.addAttribute("locks", loginLocks.locked());
        return "identity/locked-users";
    }

    @PostMapping("/admin/users/{userId}/unlock")
    String unlock(@PathVariable String userId, RedirectAttributes redirect) {
        loginLocks.unlock(userId, requireAdmin(currentUsers));
        redirect.addFlashAttribute("success", "lockedUsers.unlocked");
        return "redirect:/admin/users";
    }

    /** Unlocking accounts is for admins (camunda-admin), in the portal and the API alike. */
    static CurrentUser requireAdmin(CurrentUsers currentUsers) {
        CurrentUser user = currentUsers.current();
        if (!user.isIn(Groups.ADMIN)) {
            throw new AccessDeniedException("camunda-admin only");
        }
        return user;
    }
}
