package org.societyflow.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.societyflow.society.PartyOrganisation;
import org.societyflow.society.Society;
import org.societyflow.workflow.ApplicationProgress;
import org.societyflow.workflow.ProcessProgressService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 学会党建 over JSON: the party organisation register ({@code /api/v1/party-organisations}, read only) and the
 * reports that change it ({@code /api/v1/party-changes}: start, GET draft, PUT, POST …/submit).
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PartyOrganisationApiController {

    /** A society's line in the register; {@code organisationForm} NONE and no dates when it has never reported. */
    record RegisterLine(String societyCode, String societyName, PartyOrganisation organisationForm, LocalDate setUpOn,
                        String secretary, Integer partyMembers, boolean workGroup, String instructor,
                        String parentOrganisation, String applicationNo, Instant updatedAt) {

        static RegisterLine of(Society society, PartyOrganisationRecord r) {
            return r == null
                    ? new RegisterLine(society.getCode(), society.getName(), PartyOrganisation.NONE, null, null, null,
                            false, null, null, null, null)
                    : new RegisterLine(society.getCode(), society.getName(), r.getOrganisationForm(), r.getSetUpOn(),
                            r.getSecretary(), r.getPartyMembers(), r.isWorkGroup(), r.getInstructor(),
                            r.getParentOrganisation(), r.getApplicationNo(), r.getUpdatedAt());
        }
    }

    /** One report as the API shows it. */
    record ReportView(Long id, String applicationNo, Long societyId, PartyOrganisationChange.PartyChangeStatus status,
                      PartyReportForm.PartyChangeKind changeKind, LocalDate reportDue, Instant submittedAt,
                      Instant decidedAt, ApplicationProgress progress) {

        static ReportView of(PartyOrganisationChange c, ApplicationProgress progress) {
            return new ReportView(c.getId(), c.getApplicationNo(), c.getSocietyId(), c.getStatus(),
                    c.getForm().getChangeKind(), c.getReportDue(), c.getSubmittedAt(), c.getDecidedAt(), progress);
        }
    }

    private final PartyOrganisationService party;
    private final ProcessProgressService progress;
    private final CurrentUsers currentUsers;

    @GetMapping("/api/v1/party-organisations")
    List<RegisterLine> register() {
        List<Society> societies = party.registerVisibleTo(currentUsers.current());
        Map<Long, PartyOrganisationRecord> records = party.records(societies.stream().map(Society::getId).toList());
        return societies.stream().map(s -> RegisterLine.of(s, records.get(s.getId()))).toList();
    }

    @GetMapping("/api/v1/party-organisations/{societyCode}")
    RegisterLine line(@PathVariable String societyCode) {
        Society society = party.readableSociety(societyCode, currentUsers.current());
        return RegisterLine.of(society, party.record(society.getId()).orElse(null));
    }

    @PostMapping("/api/v1/party-changes")
    @ResponseStatus(HttpStatus.CREATED)
    ReportView start() {
        return ReportView.of(party.start(currentUsers.current()), null);
    }

    @GetMapping("/api/v1/party-changes")
    List<ReportView> list() {
        return party.visibleTo(currentUsers.current()).stream().map(c -> ReportView.of(c, null)).toList();
    }

    @GetMapping("/api/v1/party-changes/{id}")
    ReportView get(@PathVariable Long id) {
        PartyOrganisationChange change = party.get(id, currentUsers.current());
        return ReportView.of(change, progress.progress(change.getApplicationNo()));
    }

    @GetMapping("/api/v1/party-changes/{id}/report")
    PartyReportForm report(@PathVariable Long id) {
        return party.get(id, currentUsers.current()).getForm();
    }

    @PutMapping("/api/v1/party-changes/{id}/report")
    PartyReportForm saveReport(@PathVariable Long id, @RequestBody PartyReportForm form) {
        return party.save(id, form, currentUsers.current()).getForm();
    }

    @PostMapping("/api/v1/party-changes/{id}/report/submit")
    ReportView submitReport(@PathVariable Long id) {
        return ReportView.of(party.submit(id, null, currentUsers.current()), null);
    }
}
