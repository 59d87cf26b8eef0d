package org.societyflow.identity;

import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.societyflow.identity.RegistrationService.Confirmation;
import org.societyflow.shared.FormPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal pages anyone reaches without logging in to register an initiator (学会发起人) account: the form,
 * "check your mail" when the e-mail address must be confirmed, and the page the confirmation link opens.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegistrationController {

    private static final Logger log = LoggerFactory.getLogger(RegistrationController.class);

    private final RegistrationService registrations;

    @GetMapping("/register")
    String form(Model model) {
        return page(new RegistrationForm(), model);
    }

    /** Without confirmation the new account goes straight to the login page, its user id filled in. */
    @PostMapping("/register")
    String register(@ModelAttribute("form") RegistrationForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect) {
        boolean confirming = registrations.confirmationRequired();
        try {
            return FormPages.handle(binding, model, redirect, confirming ? "/register/sent" : "/login",
                    () -> page(form, model), () -> {
                        RegistrationService.Registered registered = registrations.register(form);
                        if (registered.confirmationRequired()) {
                            redirect.addFlashAttribute("email", form.getEmail().strip());
                            return "registration.mailSent";
                        }
                        redirect.addFlashAttribute("registeredUser", registered.userId());
                        return "registration.done";
                    });
        } catch (RegistrationMailException e) {
            log.warn("Registration of {} refused: {}", form.getUserId(), e.getMessage(), e.getCause());
            model.addAttribute("mailFailed", true);
            return page(form, model);
        }
    }

    @GetMapping("/register/sent")
    String sent(Model model) {
        model.addAttribute("outcome", "SENT");
        return "identity/register-result";
    }

    /** The link of the confirmation mail; an unknown or expired token changes nothing. */
    @GetMapping("/register/confirm")
    String confirm(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
        Confirmation outcome = registrations.confirm(token);
        if (outcome == Confirmation.UNKNOWN) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        } else if (outcome == Confirmation.EXPIRED) {
            response.setStatus(HttpServletResponse.SC_GONE);
        }
        model.addAttribute("outcome", outcome.name());
        return "identity/register-result";
    }

    private static String page(RegistrationForm form, Model model) {
        form.forgetPasswords();
        model.addAttribute("form", form);
        return "identity/register";
    }
}
