package org.societyflow.document;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The portal's upload, delete and download of any application's documents. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DocumentController {

    private final ApplicationDocumentsRegistry registry;
    private final CurrentUsers currentUsers;

    @PostMapping("/{collection}/{id}/attachments")
    String attach(@PathVariable String collection, @PathVariable Long id, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        try {
            registry.of(collection).attach(id, kind, file, currentUsers.current());
            redirect.addFlashAttribute("success", "attachment.uploaded");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("attachmentError", e.getFieldErrors().values().iterator().next());
        }
        return "redirect:/" + collection + "/" + id + "#attachments";
    }

    @PostMapping("/{collection}/{id}/attachments/{attachmentId}/delete")
    String detach(@PathVariable String collection, @PathVariable Long id, @PathVariable Long attachmentId,
                  RedirectAttributes redirect) {
        registry.of(collection).detach(id, attachmentId, currentUsers.current());
        redirect.addFlashAttribute("success", "attachment.deleted");
        return "redirect:/" + collection + "/" + id + "#attachments";
    }

    @GetMapping("/{collection}/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable String collection, @PathVariable Long id,
                                    @PathVariable Long attachmentId) {
        return Downloads.download(registry.of(collection).attachment(id, attachmentId, currentUsers.current()));
    }
}
