package org.societyflow.identity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The logged-in user chooses a new password: where a temporary password sends them after their first login. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PasswordController {

    private final TemporaryPasswords passwords;
    private final CurrentUsers currentUsers;

    @GetMapping(PasswordChangeFilter.PATH)
    String form(Model model) {
        model.addAttribute("required", passwords.changeRequired(currentUsers.current().userId()));
        return "identity/password";
    }

    @PostMapping(PasswordChangeFilter.PATH)
    String change(@RequestParam(required = false) String password, @RequestParam(required = false) String confirmPassword,
                  Model model, RedirectAttributes redirect) {
        String userId = currentUsers.current().userId();
        try {
            passwords.change(userId, password, confirmPassword);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.getFieldErrors());
            return form(model);
        }
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/";
    }
}
