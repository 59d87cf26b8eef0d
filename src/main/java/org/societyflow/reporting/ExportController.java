package org.societyflow.reporting;

import java.nio.charset.StandardCharsets;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.activity.ActivityForm;
import org.societyflow.identity.CurrentUsers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The Excel downloads, for staff; links on the dashboard, the register, a campaign and a programme. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ExportService exports;
    private final ApplicationListExport applications;
    private final CurrentUsers currentUsers;

    @GetMapping("/exports/societies.xlsx")
    ResponseEntity<byte[]> register() {
        return download(exports.register(currentUsers.current()));
    }

    @GetMapping("/exports/party-organisations.xlsx")
    ResponseEntity<byte[]> partyOrganisations() {
        return download(exports.partyOrganisations(currentUsers.current()));
    }

    @GetMapping("/exports/activities.xlsx")
    ResponseEntity<byte[]> activities(@RequestParam(required = false) ActivityForm.ActivityType type,
                                      @RequestParam(required = false) ActivityForm.ActivityBrand brand,
                                      @RequestParam(required = false) Integer year) {
        return download(exports.activities(type, brand, year, currentUsers.current()));
    }

    @GetMapping("/exports/applications/{processKey}.xlsx")
    ResponseEntity<byte[]> applications(@PathVariable String processKey) {
        return download(applications.export(processKey, currentUsers.current()));
    }

    @GetMapping("/exports/campaigns/{year}.xlsx")
    ResponseEntity<byte[]> campaign(@PathVariable int year) {
        return download(exports.campaign(year, currentUsers.current()));
    }

    @GetMapping("/exports/programmes/{id}.xlsx")
    ResponseEntity<byte[]> programme(@PathVariable Long id) {
        return download(exports.programme(id, currentUsers.current()));
    }

    private static ResponseEntity<byte[]> download(Export export) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(export.filename(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export.content());
    }
}
