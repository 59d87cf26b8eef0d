package org.societyflow.onboarding;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.function.BiFunction;
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
 * 学会部's import page, for the register and for staff accounts: download a template, upload a file, read its preview (problems, then what would
 * be created and changed), confirm. The previewed file waits in the session ({@link PendingUpload}).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ImportController {

    private static final String SOCIETIES = "societies";
    private static final String STAFF = "staff";

    private final RegisterImport imports;
    private final StaffImport staffImport;
    private final CurrentUsers currentUsers;

    @GetMapping("/imports")
    String page() {
        ImportAccess.require(currentUsers.current());
        return "onboarding/imports";
    }

    @PostMapping("/imports/societies")
    String preview(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session,
                   Model model) throws IOException {
        return preview(SOCIETIES, file, session, model, imports::preview);
    }

    @PostMapping("/imports/staff")
    String previewStaff(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session,
                        Model model) throws IOException {
        return preview(STAFF, file, session, model, staffImport::preview);
    }

    /** The page with the file's preview, or the reason the file cannot be read at all. */
    private String preview(String kind, MultipartFile file, HttpSession session, Model model,
                           BiFunction<byte[], CurrentUser, ImportPreview> check) throws IOException {
        CurrentUser user = currentUsers.current();
        ImportAccess.require(user);
        byte[] content = file == null ? new byte[0] : file.getBytes();
        try {
            ImportPreview plan = check.apply(content, user);
            model.addAttribute(attribute(kind, "plan"), plan);
            if (plan.importable()) {
                model.addAttribute("upload", PendingUpload.keep(session, kind, file.getOriginalFilename(), content));
            }
        } catch (ImportRefused e) {
            model.addAttribute(attribute(kind, "refused"), e.reason());
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
        return confirm(SOCIETIES, token, session, model, redirect, imports::importFile);
    }

    @PostMapping("/imports/staff/confirm")
    String confirmStaff(@RequestParam(defaultValue = "") String token, HttpSession session, Model model,
                        RedirectAttributes redirect) {
        return confirm(STAFF, token, session, model, redirect, staffImport::importFile);
    }

    private String confirm(String kind, String token, HttpSession session, Model model, RedirectAttributes redirect,
                           BiFunction<byte[], CurrentUser, RegisterImport.Outcome> importer) {
        CurrentUser user = currentUsers.current();
        ImportAccess.require(user);
        PendingUpload upload = PendingUpload.take(session, kind, token);
        if (upload == null) {
            model.addAttribute("expired", true);
            return "onboarding/imports";
        }
        try {
            redirect.addFlashAttribute(attribute(kind, "outcome"), importer.apply(upload.content(), user));
            return "redirect:/imports";
        } catch (ImportProblems e) {
            // the register or the accounts changed since the preview: show what is wrong now
            model.addAttribute(attribute(kind, "plan"), e.plan());
            return "onboarding/imports";
        }
    }

    /** The page's model names the staff section's attributes staffPlan, staffRefused, staffOutcome. */
    private static String attribute(String kind, String name) {
        return kind.equals(STAFF) ? STAFF + Character.toUpperCase(name.charAt(0)) + name.substring(1) : name;
    }
}
