package org.societyflow.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The admins' audit page: search by days, user and kind, and the same search as an Excel workbook. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AuditSearch search;
    private final CurrentUsers currentUsers;

    @GetMapping("/admin/audit")
    String page(@ModelAttribute("filter") AuditFilter filter, BindingResult binding, Model model) {
        model.addAttribute("kinds", Arrays.asList(AuditKind.values()));
        model.addAttribute("pageSize", search.pageSize());
        try {
            model.addAttribute("events", search.page(filter, currentUsers.current()));
        } catch (InvalidInputException e) {
            e.getFieldErrors().forEach((field, key) -> binding.rejectValue(field, key, key));
            model.addAttribute("events", List.of());
        }
        return "audit/list";
    }

    /** A search with bad input exports nothing: back to the page, which shows the field errors. */
    @GetMapping("/admin/audit/export")
    ResponseEntity<byte[]> export(@ModelAttribute AuditFilter filter, HttpServletRequest request) {
        byte[] workbook;
        try {
            workbook = search.export(filter, currentUsers.current());
        } catch (InvalidInputException e) {
            String query = request.getQueryString();
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(request.getContextPath()
                    + "/admin/audit" + (query == null ? "" : "?" + query))).build();
        }
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("audit-log.xlsx", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(workbook);
    }
}
