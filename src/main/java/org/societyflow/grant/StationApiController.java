package org.societyflow.grant;

import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.societyflow.identity.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 海智 stations over JSON: 学会部 registers stations and starts a year's assessments; the host society reports. */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StationApiController {

    /** A station with its assessments. */
    record StationView(Long id, String name, StationKind kind, Long societyId, int establishedYear, StationStatus status,
                       java.time.LocalDate closedOn, String closeReason, List<AssessmentView> assessments) {
    }

    /** One year's assessment. */
    record AssessmentView(Long id, String assessmentNo, Long stationId, int year, AssessmentStatus status,
                          java.time.LocalDate reportDue, java.math.BigDecimal meanScore, Boolean passed) {

        static AssessmentView of(StationAssessment a) {
            return new AssessmentView(a.getId(), a.getAssessmentNo(), a.getStationId(), a.getYear(), a.getStatus(),
                    a.getReportDue(), a.getMeanScore(), a.getPassed());
        }
    }

    private final StationAssessmentService stations;
    private final CurrentUsers currentUsers;

    @GetMapping("/stations")
    List<StationView> list() {
        return stations.visibleTo(currentUsers.current()).stream().map(this::view).toList();
    }

    @PostMapping("/stations")
    @ResponseStatus(HttpStatus.CREATED)
    StationView register(@RequestBody StationForm form) {
        return view(stations.register(form, currentUsers.current()));
    }

    @PostMapping("/stations/assessments")
    Map<String, Integer> startAssessments(@RequestParam int year) {
        return Map.of("started", stations.startAssessments(year, currentUsers.current()));
    }

    @GetMapping("/station-assessments/{id}")
    AssessmentView assessment(@PathVariable Long id) {
        return AssessmentView.of(stations.get(id, currentUsers.current()));
    }

    @GetMapping("/station-assessments/{id}/report")
    StationReport report(@PathVariable Long id) {
        return stations.get(id, currentUsers.current()).getReport();
    }

    @PutMapping("/station-assessments/{id}/report")
    StationReport saveReport(@PathVariable Long id, @RequestBody StationReport report) {
        return stations.saveReport(id, report, currentUsers.current()).getReport();
    }

    @PostMapping("/station-assessments/{id}/report/submit")
    AssessmentView submitReport(@PathVariable Long id) {
        return AssessmentView.of(stations.submitReport(id, null, currentUsers.current()));
    }

    private StationView view(HaizhiStation s) {
        return new StationView(s.getId(), s.getName(), s.getKind(), s.getSocietyId(), s.getEstablishedYear(), s.getStatus(),
                s.getClosedOn(), s.getCloseReason(), stations.assessmentsOf(s.getId()).stream().map(AssessmentView::of).toList());
    }
}
