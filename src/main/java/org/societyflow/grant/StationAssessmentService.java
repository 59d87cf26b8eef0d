package org.societyflow.grant;

import jakarta.validation.groups.Default;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.Complete;
import org.societyflow.shared.FormValidator;
import org.societyflow.shared.NotFoundException;
import org.societyflow.society.Society;
import org.societyflow.society.SocietyService;
import org.societyflow.workflow.Deadlines;
import org.societyflow.workflow.ProcessStarter;
import org.societyflow.workflow.SocietyTaskService;
import org.societyflow.workflow.SubmissionCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 海智 stations and their yearly assessment ({@code station-assessment.bpmn}, as {@code stationAssessmentService}):
 * the host society reports, 学会部 checks, experts score, 学会部 concludes and leadership confirms; a station that
 * fails is closed ("有进有出").
 */
@Service("stationAssessmentService")
@Transactional
public class StationAssessmentService implements SubmissionCheck {

    static final String PROCESS_KEY = "station-assessment";
    static final String STATION_REPORT = "StationReport";

    private final HaizhiStationRepository stations;
    private final StationAssessmentRepository assessments;
    private final SocietyService societies;
    private final SocietyTaskService societyTasks;
    private final ProcessStarter processStarter;
    private final Deadlines deadlines;
    private final FormValidator validator;
    private final GrantSettings settings;

    StationAssessmentService(HaizhiStationRepository stations, StationAssessmentRepository assessments,
                             SocietyService societies, SocietyTaskService societyTasks, ProcessStarter processStarter,
                             Deadlines deadlines, FormValidator validator, GrantSettings settings) {
        this.stations = stations;
        this.assessments = assessments;
        this.societies = societies;
        this.societyTasks = societyTasks;
        this.processStarter = processStarter;
        this.deadlines = deadlines;
        this.validator = validator;
        this.settings = settings;
    }

    // ---- stations ----

    @Transactional(readOnly = true)
    public List<HaizhiStation> visibleTo(CurrentUser user) {
        // experts score assessments in Tasklist; the list of stations is not theirs
        return societies.visibleTo(user, stations::findBySocietyIdOrderByIdAsc, stations::findAllByOrderByIdAsc);
    }

    @Transactional(readOnly = true)
    public List<StationAssessment> assessmentsOf(Long stationId) {
        return assessments.findByStationIdOrderByYearDesc(stationId);
    }

    public HaizhiStation register(StationForm form, CurrentUser user) {
        GrantManagers.require(user);
        Map<String, String> errors = validator.violations(form);
        if (form.getSocietyCode() != null && !societies.exists(form.getSocietyCode().strip())) {
            errors.putIfAbsent("societyCode", "station.unknownSociety");
        }
        FormValidator.throwIfAny(errors);
        Society host = societies.getByCode(form.getSocietyCode().strip());
        return stations.save(new HaizhiStation(form.getName().strip(), form.getKind(), host.getId(), form.getEstablishedYear()));
    }

    /** Starts the year's assessment of every active station that has none yet; returns how many started. */
    public int startAssessments(int year, CurrentUser user) {
        GrantManagers.require(user);
        int started = 0;
        for (HaizhiStation station : stations.findByStatusOrderByIdAsc(StationStatus.ACTIVE)) {
            if (!assessments.existsByStationIdAndYear(station.getId(), year) && station.getEstablishedYear() <= year) {
                Society host = societies.get(station.getSocietyId());
                processStarter.start(PROCESS_KEY, "HZ", year, Map.of("stationId", station.getId(), "year", year,
                        "stationName", station.getName(), "societyCode", host.getCode(), "societyName", host.getName(),
                        "discipline", host.getDiscipline().name(), "expertCount", settings.getExpertsPerApplication(),
                        "returned", false, "title", station.getName() + " " + year + " 年度考核"));
                started++;
            }
        }
        return started;
    }

    // ---- what the host society does ----

    @Transactional(readOnly = true)
    public StationAssessment get(Long id, CurrentUser user) {
        StationAssessment assessment = assessments.findById(id).orElseThrow(() -> new NotFoundException("assessment", id));
        if (!user.canAccessSociety(hostOf(assessment).getCode())) {
            throw new NotFoundException("assessment", id);
        }
        return assessment;
    }

    @Transactional(readOnly = true)
    public HaizhiStation stationOf(StationAssessment assessment) {
        return stations.findById(assessment.getStationId()).orElseThrow();
    }

    public StationAssessment saveReport(Long id, StationReport report, CurrentUser user) {
        StationAssessment assessment = editable(id, user);
        FormValidator.throwIfAny(validator.violations(report, Default.class));
        assessment.saveReport(report);
        return assessment;
    }

    public StationAssessment submitReport(Long id, StationReport submitted, CurrentUser user) {
        StationAssessment assessment = editable(id, user);
        StationReport report = submitted != null ? submitted : assessment.getReport();
        FormValidator.throwIfAny(validator.violations(report, Default.class, Complete.class));
        Task task = societyTasks.openTask(assessment.getAssessmentNo(), STATION_REPORT, hostOf(assessment).getCode())
                .orElseThrow(() -> new BusinessRuleException("task.notOpen"));
        assessment.saveReport(report);
        assessment.submitted();
        societyTasks.complete(task, user.userId(), Map.of());
        return assessment;
    }

    @Override
    public String processDefinitionKey() {
        return PROCESS_KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isSubmitted(String businessKey, String taskDefinitionKey) {
        return STATION_REPORT.equals(taskDefinitionKey) && assessments.findByAssessmentNo(businessKey)
                .map(a -> a.getStatus() == AssessmentStatus.SUBMITTED).orElse(false);
    }

    // ---- steps of station-assessment.bpmn ----

    public void open(DelegateExecution execution) {
        Long stationId = ((Number) execution.getVariable("stationId")).longValue();
        int year = ((Number) execution.getVariable("year")).intValue();
        StationAssessment assessment = assessments.save(new StationAssessment(execution.getProcessBusinessKey(), stationId, year));
        Date due = deadlines.dueDate("station-report");
        assessment.due(localDate(due), AssessmentStatus.REPORT_DUE);
        execution.setVariable("applicationId", assessment.getId());
        execution.setVariable("reportDue", due);
        execution.setVariable("applicationLink", "/stations/assessments/" + assessment.getId());
    }

    public void returnReport(DelegateExecution execution) {
        execution.setVariables(reopen(execution.getProcessBusinessKey(), STATION_REPORT));
    }

    @Override
    public Map<String, Object> reopen(String businessKey, String taskDefinitionKey) {
        if (!STATION_REPORT.equals(taskDefinitionKey)) {
            return Map.of();
        }
        Date due = deadlines.dueDate("grant-correction");
        assessments.findByAssessmentNo(businessKey).orElseThrow().due(localDate(due), AssessmentStatus.RETURNED);
        return Map.of("reportDue", due);
    }

    @Override
    public Map<String, String> correctableFields(String taskDefinitionKey) {
        return STATION_REPORT.equals(taskDefinitionKey)
                ? SubmissionCheck.labelled("station.", "eventsHeld", "projectsLanded", "talentsIntroduced", "workSummary")
                : Map.of();
    }

    public void reviewed(DelegateExecution execution) {
        byId(execution).reviewed(BigDecimal.valueOf(((Number) execution.getVariable("meanScore")).doubleValue())
                .setScale(2, RoundingMode.HALF_UP));
    }

    /** 学会部's conclusion: 合格 (approve) or 不合格 (reject); the pass mark is advice shown in the form, not a rule. */
    public void conclude(DelegateExecution execution) {
        execution.setVariable("passed", "approve".equals(execution.getVariable("decision")));
    }

    public void pass(DelegateExecution execution) {
        byId(execution).concluded(true);
    }

    public void closeStation(DelegateExecution execution) {
        StationAssessment assessment = byId(execution);
        assessment.concluded(false);
        stationOf(assessment).close(GrantApplicationService.today(),
                assessment.getYear() + " 年度考核不合格（" + assessment.getAssessmentNo() + "）");
    }

    // ---- helpers ----

    private Society hostOf(StationAssessment assessment) {
        return societies.get(stationOf(assessment).getSocietyId());
    }

    private StationAssessment editable(Long id, CurrentUser user) {
        StationAssessment assessment = get(id, user);
        if (!user.isSociety() || !assessment.getStatus().editable()) {
            throw new BusinessRuleException("station.notEditable");
        }
        return assessment;
    }

    private StationAssessment byId(DelegateExecution execution) {
        Long id = ((Number) execution.getVariable("applicationId")).longValue();
        return assessments.findById(id).orElseThrow(() -> new IllegalStateException("no station assessment " + id));
    }


    private static LocalDate localDate(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
