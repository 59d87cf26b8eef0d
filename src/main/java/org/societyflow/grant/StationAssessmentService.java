package org.societyflow.grant;

import static org.societyflow.shared.ProcessVariables.APPLICATION_ID;
import static org.societyflow.shared.ProcessVariables.APPLICATION_LINK;
import static org.societyflow.shared.ProcessVariables.DECISION;
import static org.societyflow.shared.ProcessVariables.Grant.ASSESSMENT_YEAR;
import static org.societyflow.shared.ProcessVariables.Grant.DISCIPLINE;
import static org.societyflow.shared.ProcessVariables.Grant.EXPERT_COUNT;
import static org.societyflow.shared.ProcessVariables.Grant.MEAN_SCORE;
import static org.societyflow.shared.ProcessVariables.Grant.PASSED;
import static org.societyflow.shared.ProcessVariables.Grant.REPORT_DUE;
import static org.societyflow.shared.ProcessVariables.Grant.RETURNED;
import static org.societyflow.shared.ProcessVariables.Grant.STATION_ID;
import static org.societyflow.shared.ProcessVariables.Grant.STATION_NAME;
import static org.societyflow.shared.ProcessVariables.SOCIETY_CODE;
import static org.societyflow.shared.ProcessVariables.SOCIETY_NAME;
import static org.societyflow.shared.ProcessVariables.TITLE;

import jakarta.validation.groups.Default;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.societyflow.identity.CurrentUser;
import org.societyflow.shared.BusinessRuleException;
import org.societyflow.shared.ChineseTexts;
import org.societyflow.shared.Complete;
import org.societyflow.shared.EngineClock;
import org.societyflow.shared.FormValidator;
import org.societyflow.society.Society;
import org.societyflow.workflow.ApplicationSupport;
import org.societyflow.workflow.ApplicationType;
import org.societyflow.workflow.SocietyApplicationLifecycle;
import org.societyflow.workflow.SubmissionCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 海智 stations and their yearly assessment ({@code station-assessment.bpmn}, as {@code stationAssessmentService}):
 * the host society reports, 学会部 checks, experts score, 学会部 concludes and leadership confirms; a station that
 * fails is closed ("有进有出"). An assessment is the host society's application; it takes no documents.
 */
@Service("stationAssessmentService")
@Transactional
public class StationAssessmentService extends SocietyApplicationLifecycle<StationAssessment> {

    static final String STATION_REPORT = "StationReport";

    /** No kind of document belongs to an assessment: the report is its form alone. */
    enum NoDocuments {
    }

    private final HaizhiStationRepository stations;
    private final StationAssessmentRepository assessments;
    private final ExpertReviewRepository reviews;
    private final GrantSettings settings;
    private final ChineseTexts texts;

    StationAssessmentService(HaizhiStationRepository stations, StationAssessmentRepository assessments,
                             ExpertReviewRepository reviews, GrantSettings settings, ChineseTexts texts,
                             ApplicationSupport support) {
        super(new ApplicationType("station-assessment", "HZ", "assessment", "station-assessments", "station-assessment",
                NoDocuments.class), assessments, support);
        this.stations = stations;
        this.assessments = assessments;
        this.reviews = reviews;
        this.settings = settings;
        this.texts = texts;
    }

    /** An assessment that ends early leaves its experts' load. */
    @Override
    protected void cancelled(StationAssessment assessment) {
        reviews.withdrawOpen(assessment.getApplicationNo());
    }

    // ---- stations ----

    @Transactional(readOnly = true)
    public List<HaizhiStation> visibleTo(CurrentUser user) {
        // experts score assessments in Tasklist; the list of stations is not theirs
        return support.societies().visibleTo(user, stations::findBySocietyIdOrderByIdAsc, stations::findAllByOrderByIdAsc);
    }

    @Transactional(readOnly = true)
    public List<StationAssessment> assessmentsOf(Long stationId) {
        return assessments.findByStationIdOrderByYearDesc(stationId);
    }

    public HaizhiStation register(StationForm form, CurrentUser user) {
        GrantManagers.require(user);
        Map<String, String> errors = support.validator().violations(form);
        if (form.getSocietyCode() != null && !support.societies().exists(form.getSocietyCode().strip())) {
            errors.putIfAbsent("societyCode", "station.unknownSociety");
        }
        FormValidator.throwIfAny(errors);
        Society host = support.societies().getByCode(form.getSocietyCode().strip());
        return stations.save(new HaizhiStation(form.getName().strip(), form.getKind(), host.getId(), form.getEstablishedYear()));
    }

    /** Starts the year's assessment of every active station that has none yet; returns how many started. */
    public int startAssessments(int year, CurrentUser user) {
        GrantManagers.require(user);
        int started = 0;
        for (HaizhiStation station : stations.findByStatusOrderByIdAsc(StationStatus.ACTIVE)) {
            if (!assessments.existsByStationIdAndYear(station.getId(), year) && station.getEstablishedYear() <= year) {
                Society host = support.societies().get(station.getSocietyId());
                startProcess(year, Map.ofEntries(STATION_ID.entry(station.getId()), ASSESSMENT_YEAR.entry(year),
                        STATION_NAME.entry(station.getName()), SOCIETY_CODE.entry(host.getCode()),
                        SOCIETY_NAME.entry(host.getName()), DISCIPLINE.entry(host.getDiscipline().name()),
                        EXPERT_COUNT.entry(settings.getExpertsPerApplication()), RETURNED.entry(false),
                        TITLE.entry(texts.text("station.assessmentOf", station.getName(), String.valueOf(year)))));
                started++;
            }
        }
        return started;
    }

    @Transactional(readOnly = true)
    public HaizhiStation stationOf(StationAssessment assessment) {
        return stations.findById(assessment.getStationId()).orElseThrow();
    }

    // ---- what the host society does ----

    /** Staff, who read an assessment, hear that only the host society writes it, as a rule. */
    @Override
    protected String readerRefusal() {
        return "station.notEditable";
    }

    /** Its documents stay an empty list: no kind is valid, and nobody adds or removes one. */
    @Override
    protected StationAssessment attachable(Long id, String kind, CurrentUser user) {
        get(id, user);
        throw new BusinessRuleException("station.noDocuments");
    }

    public StationAssessment saveReport(Long id, StationReport report, CurrentUser user) {
        StationAssessment assessment = editable(id, user);
        validate(report, Default.class);
        assessment.saveReport(report);
        return assessment;
    }

    public StationAssessment submitReport(Long id, StationReport submitted, CurrentUser user) {
        StationAssessment assessment = editable(id, user);
        StationReport report = submitted != null ? submitted : assessment.getReport();
        validate(report, Default.class, Complete.class);
        return completeStep(assessment, STATION_REPORT, user, () -> {
            assessment.saveReport(report);
            assessment.submitted();
        });
    }

    private StationAssessment editable(Long id, CurrentUser user) {
        return ownWhile(id, user, a -> a.getStatus().editable(), "station.notEditable");
    }

    // ---- what the approval operations ask ----

    @Override
    @Transactional(readOnly = true)
    public boolean isSubmitted(String businessKey, String taskDefinitionKey) {
        return STATION_REPORT.equals(taskDefinitionKey) && assessments.findByApplicationNo(businessKey)
                .map(a -> a.getStatus() == AssessmentStatus.SUBMITTED).orElse(false);
    }

    @Override
    public Map<String, Object> reopen(String businessKey, String taskDefinitionKey) {
        if (!STATION_REPORT.equals(taskDefinitionKey)) {
            return Map.of();
        }
        Date due = support.deadlines().dueDate("grant-correction");
        byBusinessKey(businessKey).due(EngineClock.day(due), AssessmentStatus.RETURNED);
        return Map.ofEntries(REPORT_DUE.entry(due));
    }

    @Override
    public Map<String, String> correctableFields(String taskDefinitionKey) {
        return STATION_REPORT.equals(taskDefinitionKey)
                ? SubmissionCheck.labelled("station.", "eventsHeld", "projectsLanded", "talentsIntroduced", "workSummary")
                : Map.of();
    }

    // ---- steps of station-assessment.bpmn ----

    /** The process's first step makes the assessment; the row is the process's from the start. */
    public void open(DelegateExecution execution) {
        HaizhiStation station = stations.findById(STATION_ID.of(execution)).orElseThrow();
        StationAssessment assessment = assessments.save(
                new StationAssessment(execution.getProcessBusinessKey(), station, ASSESSMENT_YEAR.of(execution)));
        Date due = support.deadlines().dueDate("station-report");
        assessment.due(EngineClock.day(due), AssessmentStatus.REPORT_DUE);
        APPLICATION_ID.set(execution, assessment.getId());
        REPORT_DUE.set(execution, due);
        APPLICATION_LINK.set(execution, "/stations/assessments/" + assessment.getId());
    }

    public void returnReport(DelegateExecution execution) {
        execution.setVariables(reopen(execution.getProcessBusinessKey(), STATION_REPORT));
    }

    public void reviewed(DelegateExecution execution) {
        of(execution).reviewed(BigDecimal.valueOf(MEAN_SCORE.of(execution)).setScale(2, RoundingMode.HALF_UP));
    }

    /** 学会部's conclusion: 合格 (approve) or 不合格 (reject); the pass mark is advice shown in the form, not a rule. */
    public void conclude(DelegateExecution execution) {
        PASSED.set(execution, "approve".equals(DECISION.of(execution)));
    }

    public void pass(DelegateExecution execution) {
        of(execution).concluded(true);
    }

    public void closeStation(DelegateExecution execution) {
        StationAssessment assessment = of(execution);
        assessment.concluded(false);
        stationOf(assessment).close(EngineClock.today(), texts.text("station.failedAssessment",
                String.valueOf(assessment.getYear()), assessment.getApplicationNo()));
    }
}
