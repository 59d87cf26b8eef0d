package org.societyflow.portal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every portal page knows who is logged in, for the navigation. */
@ControllerAdvice(annotations = Controller.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CurrentUserAdvice {

    private final CurrentUsers currentUsers;

    @ModelAttribute("me")
    CurrentUser me() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return currentUsers.current();
    }
}
