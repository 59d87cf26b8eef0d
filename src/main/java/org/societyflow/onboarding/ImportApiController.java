package org.societyflow.onboarding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The register and staff imports over the JSON API: each one's template, and the upload — {@code dryRun=true} answers the preview
 * (problems by sheet, row and column, and what would be created or changed), without it the file is imported or,
 * with any problem, refused with the same list and nothing stored.
 */
@RestController
@RequestMapping("/api/v1/imports")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ImportApiController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RegisterImport imports;
    private final StaffImport staffImport;
    private final RegisterTemplate template;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    @GetMapping("/templates/societies.xlsx")
    ResponseEntity<byte[]> template() {
        return file("import.template.filename", template.bytes());
    }

    @GetMapping("/templates/staff.xlsx")
    ResponseEntity<byte[]> staffTemplate() {
        return file("import.staffTemplate.filename", StaffImport.template());
    }

    private ResponseEntity<byte[]> file(String filenameKey, byte[] content) {
        ImportAccess.require(currentUsers.current());
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(messages.getMessage(filenameKey, null,
                                LocaleContextHolder.getLocale()), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }

    /** A missing file is the import's refusal, not Spring's: who may not import hears so first. */
    @PostMapping("/societies")
    Map<String, Object> societies(@RequestParam(name = "file", required = false) MultipartFile file,
                                  @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        byte[] content = file == null ? new byte[0] : file.getBytes();
        if (dryRun) {
            return preview(imports.preview(content, currentUsers.current()));
        }
        return outcome(imports.importFile(content, currentUsers.current()));
    }

    @PostMapping("/staff")
    Map<String, Object> staff(@RequestParam(name = "file", required = false) MultipartFile file,
                              @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        byte[] content = file == null ? new byte[0] : file.getBytes();
        if (!dryRun) {
            return outcome(staffImport.importFile(content, currentUsers.current()));
        }
        StaffPlan plan = staffImport.preview(content, currentUsers.current());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("importable", plan.importable());
        body.put("problems", plan.problems());
        body.put("creates", plan.creates().stream().map(p -> p.account().userId()).toList());
        body.put("changes", plan.changes().stream().map(p -> p.account().userId()).toList());
        body.put("unchanged", plan.unchanged());
        return body;
    }

    private static Map<String, Object> outcome(RegisterImport.Outcome outcome) {
        return Map.of("created", outcome.created(), "changed", outcome.changed(), "unchanged", outcome.unchanged());
    }

    @ExceptionHandler(ImportProblems.class)
    ResponseEntity<ProblemDetail> problems(ImportProblems e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                messages.getMessage("import.hasProblems", new Object[] {e.plan().problems().size()},
                        LocaleContextHolder.getLocale()));
        problem.setProperty("problems", e.plan().problems());
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Map<String, Object> preview(ImportPlan plan) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("importable", plan.importable());
        body.put("problems", plan.problems());
        body.put("creates", plan.creates().stream().map(p -> Map.of("code", p.imported().getCode(),
                "name", p.imported().getName(), "creditCode", p.imported().getCreditCode())).toList());
        body.put("changes", plan.changes().stream().map(p -> Map.of("code", p.registered().getCode(),
                "name", p.registered().getName(), "changes", p.changes())).toList());
        body.put("unchanged", plan.unchanged());
        return body;
    }
}
