package org.societyflow.document;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents of any application over JSON: {@code /api/v1/{inspections|reelections|changes}/{id}/attachments}.
 * Files are PDF, images, Word or Excel of at most 10 MB, checked by content.
 */
@RestController
@RequestMapping("/api/v1/{collection}/{id}/attachments")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DocumentApiController {

    private final ApplicationDocumentsRegistry registry;
    private final CurrentUsers currentUsers;

    @GetMapping
    List<AttachmentView> list(@PathVariable String collection, @PathVariable Long id) {
        return registry.of(collection).attachments(id, currentUsers.current()).stream().map(AttachmentView::of).toList();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    AttachmentView attach(@PathVariable String collection, @PathVariable Long id,
                          @RequestParam(required = false) String kind, @RequestPart(required = false) MultipartFile file) {
        return AttachmentView.of(registry.of(collection).attach(id, kind, file, currentUsers.current()));
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable String collection, @PathVariable Long id,
                                    @PathVariable Long attachmentId) {
        return Downloads.download(registry.of(collection).attachment(id, attachmentId, currentUsers.current()));
    }

    @DeleteMapping("/{attachmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void detach(@PathVariable String collection, @PathVariable Long id, @PathVariable Long attachmentId) {
        registry.of(collection).detach(id, attachmentId, currentUsers.current());
    }
}
