package org.societyflow.onboarding;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 学会部's register import page: download the template, upload a file, read its preview (problems, then what would
 * be created and changed), confirm. The previewed file waits in the session ({@link PendingUpload}).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ImportController {

    private final RegisterImport imports;
    private final CurrentUsers currentUsers;

    @GetMapping("/imports")
    String page() {
        ImportAccess.require(currentUsers.current());
        return "onboarding/imports";
    }

    @PostMapping("/imports/societies")
    String preview(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session,
                   Model model) throws IOException {
        CurrentUser user = currentUsers.current();
        ImportAccess.require(user);
        byte[] content = file == null ? new byte[0] : file.getBytes();
        try {
            ImportPlan plan = imports.preview(content, user);
            model.addAttribute("plan", plan);
            if (plan.importable()) {
                model.addAttribute("upload", PendingUpload.keep(session, file.getOriginalFilename(), content));
            }
        } catch (ImportRefused e) {
            model.addAttribute("refused", e.reason());
        }
        return "onboarding/imports";
    }

    /** A new invitation mail to the society's secretariat, or ({@code temporary}) a temporary password shown once. */
    @PostMapping("/imports/societies/{id}/invitation")
    String reinvite(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean temporary,
                    RedirectAttributes redirect) {
        if (temporary) {
            redirect.addFlashAttribute("temporaryPassword", imports.temporaryPassword(id, currentUsers.current()));
        } else {
            boolean sent = imports.reinvite(id, currentUsers.current());
            redirect.addFlashAttribute("success", sent ? "invitation.resent" : "invitation.noEmail");
        }
        return "redirect:/societies/" + id;
    }

    @PostMapping("/imports/societies/confirm")
    String confirm(@RequestParam(defaultValue = "") String token, HttpSession session, Model model,
                   RedirectAttributes redirect) {
        CurrentUser user = currentUsers.current();
        ImportAccess.require(user);
        PendingUpload upload = PendingUpload.take(session, token);
        if (upload == null) {
            model.addAttribute("expired", true);
            return "onboarding/imports";
        }
        try {
            RegisterImport.Outcome outcome = imports.importFile(upload.content(), user);
            redirect.addFlashAttribute("outcome", outcome);
            return "redirect:/imports";
        } catch (ImportProblems e) {
            // the register changed since the preview: show what is wrong now
            model.addAttribute("plan", e.plan());
            return "onboarding/imports";
        }
    }
}
