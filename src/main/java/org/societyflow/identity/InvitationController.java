package org.societyflow.identity;

import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.AccountInvitations.Link;
import org.societyflow.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link of an invitation mail: a form to set the account's password while the link is valid; a page that says
 * so in words when it has expired, was used or is unknown (410, 410, 404), with whom to ask for a new one.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InvitationController {

    private static final String PAGE = "identity/invitation";

    private final AccountInvitations invitations;

    @GetMapping(ConfirmationMail.INVITATION_PATH)
    String form(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
        return page(invitations.check(token), token, response, model);
    }

    @PostMapping(ConfirmationMail.INVITATION_PATH)
    String setPassword(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
                       @RequestParam(required = false) String confirmPassword, HttpServletResponse response,
                       Model model) {
        try {
            Link link = invitations.setPassword(token, password, confirmPassword);
            if (link == Link.VALID) {
                model.addAttribute("outcome", "DONE");
                return PAGE;
            }
            return page(link, token, response, model);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.getFieldErrors());
            return page(Link.VALID, token, response, model);
        }
    }

    private static String page(Link link, String token, HttpServletResponse response, Model model) {
        if (link == Link.UNKNOWN) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        } else if (link != Link.VALID) {
            response.setStatus(HttpServletResponse.SC_GONE);
        }
        model.addAttribute("outcome", link.name());
        model.addAttribute("token", link == Link.VALID ? token : null);
        return PAGE;
    }
}
