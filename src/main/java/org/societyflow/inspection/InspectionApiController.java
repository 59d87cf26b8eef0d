package org.societyflow.inspection;

import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUser;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.society.SocietyService;
import org.societyflow.workflow.ProcessProgressService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 年检 over JSON. The report works as every society form does: GET the draft (every field present),
 * PUT to save it, POST …/submit to hand it in.
 */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InspectionApiController {

    record RectificationRequest(String rectificationReport) {
    }

    record CampaignRequest(Integer year, LocalDate reportDeadline) {
    }

    record CampaignView(Long id, int year, LocalDate reportDeadline, String status, CampaignStatistics statistics) {
    }

    private final AnnualInspectionService inspections;
    private final InspectionCampaignService campaigns;
    private final SocietyService societies;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    /** The inspections of the caller's society. */
    @GetMapping("/inspections")
    @PreAuthorize("hasAuthority('society')")
    List<InspectionView> mine() {
        CurrentUser user = currentUsers.current();
        return inspections.ofSociety(societies.getByCode(user.societyCode()).getId()).stream()
                .map(i -> InspectionView.of(i, null)).toList();
    }

    @GetMapping("/inspections/{id}")
    InspectionView get(@PathVariable Long id) {
        AnnualInspection inspection = inspections.get(id, currentUsers.current());
        return InspectionView.of(inspection, progress.progress(inspection.getApplicationNo()));
    }

    @GetMapping("/inspections/{id}/report")
    InspectionReport report(@PathVariable Long id) {
        return inspections.prefilled(inspections.get(id, currentUsers.current()));
    }

    @PutMapping("/inspections/{id}/report")
    InspectionReport saveReport(@PathVariable Long id, @RequestBody InspectionReport report) {
        return inspections.saveDraft(id, report, currentUsers.current()).getReport();
    }

    @PostMapping("/inspections/{id}/report/submit")
    InspectionView submitReport(@PathVariable Long id) {
        AnnualInspection inspection = inspections.submit(id, null, currentUsers.current());
        return InspectionView.of(inspection, null);
    }

    @GetMapping("/inspections/{id}/rectification")
    RectificationRequest rectification(@PathVariable Long id) {
        return new RectificationRequest(inspections.get(id, currentUsers.current()).getRectificationReport());
    }

    @PutMapping("/inspections/{id}/rectification")
    RectificationRequest saveRectification(@PathVariable Long id, @RequestBody RectificationRequest request) {
        return new RectificationRequest(inspections.saveRectificationDraft(id, request.rectificationReport(),
                currentUsers.current()).getRectificationReport());
    }

    @PostMapping("/inspections/{id}/rectification/submit")
    InspectionView submitRectification(@PathVariable Long id) {
        return InspectionView.of(inspections.submitRectification(id, null, currentUsers.current()), null);
    }

    @GetMapping("/campaigns")
    @PreAuthorize("hasAnyAuthority('society-affairs', 'leadership', 'camunda-admin')")
    List<CampaignView> campaigns() {
        return campaigns.all().stream().map(this::view).toList();
    }

    @GetMapping("/campaigns/{id}")
    @PreAuthorize("hasAnyAuthority('society-affairs', 'leadership', 'camunda-admin')")
    CampaignView campaign(@PathVariable Long id) {
        return view(campaigns.get(id));
    }

    /** Opens the 年检 of a year; each society's inspection is then created by its own job. */
    @PostMapping("/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('society-affairs')")
    CampaignView startCampaign(@RequestBody CampaignRequest request) {
        return view(campaigns.start(request.year(), request.reportDeadline(), currentUsers.current()));
    }

    private CampaignView view(InspectionCampaign c) {
        return new CampaignView(c.getId(), c.getYear(), c.getReportDeadline(), c.getStatus(),
                campaigns.statistics(c.getId()));
    }
}
