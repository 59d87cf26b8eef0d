package org.societyflow.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.societyflow.processtest.SharedBeans;
import org.societyflow.workflow.OneReturn;

/** Every path of station-assessment (海智站年度考核): the station's yearly report with its overdue escalation,
 * 学会部's formal check that may return the report once, the expert review, 学会部's conclusion and the leadership's
 * approval or return of it, and the outcome: the station passes or is closed (有进有出). */
@org.camunda.bpm.engine.test.Deployment(resources = {"station-assessment.bpmn", "station-formal-check.form",
    "station-conclusion.form", "station-leadership-approval.form"})
class StationAssessmentProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  static final Date NOW = new Date(1_735_689_600_000L); // 2025-01-01T00:00:00Z
  static final Date REPORT_DUE = days(NOW, 30); // station-report P30D
  static final Date REVIEW_DUE = days(NOW, 15); // grant-review P15D
  static final String SOCIETY = "XH1001";

  /** Deployed once for the class: one definition, so the class coverage counts its elements once. */
  static Deployment expertReviewStandIn;

  FakeStationAssessmentService stations;
  SharedBeans shared;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    shared = SharedBeans.register();
    ClockUtil.setCurrentTime(NOW);
    stations = new FakeStationAssessmentService(shared.deadlines);
    Mocks.register("stationAssessmentService", stations);
    Mocks.register("oneReturn", new OneReturn()); // the real listener: it only reads and sets variables
    if (expertReviewStandIn == null) {
      expertReviewStandIn = repositoryService().createDeployment().name("expert-review stand-in")
          .addModelInstance("expert-review-stand-in.bpmn", expertReviewStandIn()).deploy();
    }
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  /** Other process tests share the in-memory engine: they must not find the stand-in. */
  @AfterAll
  static void removeStandIn() {
    if (expertReviewStandIn != null) {
      extension.getProcessEngine().getRepositoryService().deleteDeployment(expertReviewStandIn.getId(), true);
      expertReviewStandIn = null;
    }
  }

  /**
   * A stand-in for the called process {@code expert-review}, which processes/expert-review.bpmn defines (written in
   * parallel, with its own test): one task whose completion supplies {@code meanScore}, so this test exercises only
   * the call activity's contract — the business key and the variables handed in, {@code meanScore} handed back.
   */
  static BpmnModelInstance expertReviewStandIn() {
    return Bpmn.createExecutableProcess("expert-review").name("专家评审（测试替身）").camundaHistoryTimeToLive(3650)
        .startEvent("StandInStarted").userTask("StandInScore").name("专家评分").endEvent("StandInDone").done();
  }

  /** Dates as the Deadlines bean computes them: calendar arithmetic in the engine's time zone. */
  static Date days(Date from, int days) {
    return Date.from(from.toInstant().atZone(ZoneId.systemDefault()).plusDays(days).toInstant());
  }

  ProcessInstance start() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("station-assessment", "HZ-2025-0001",
        Variables.createVariables().putValue("applicationId", 3001L).putValue("stationName", "武汉光谷海智工作站")
            .putValue("societyCode", SOCIETY).putValue("societyName", "湖北省光学学会")
            .putValue("title", "海智工作站 2025 年度考核").putValue("discipline", "ENGINEERING")
            .putValue("expertCount", 3).putValue("returned", false)
            .putValue("applicationLink", "/stations/assessments/3001"));
    assertThat(pi).isStarted().hasPassed("AssessmentStarted", "OpenAssessment", "ReportPending")
        .isWaitingAt("StationReport");
    return pi;
  }

  static Map<String, Object> review(String decision, String opinion) {
    return Map.of("decision", decision, "opinion", opinion);
  }

  /** The station's host society submits the yearly report in the portal. */
  void submitReport(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("StationReport");
    complete(task("StationReport"));
    assertThat(pi).isWaitingAt("FormalCheck");
  }

  /** The expert review (here its stand-in) scores the report and hands back the mean score. */
  void expertReview(ProcessInstance pi, double meanScore) {
    assertThat(pi).isWaitingAt("ExpertReview");
    ProcessInstance called = calledProcessInstance("expert-review", pi);
    assertThat(called).hasBusinessKey("HZ-2025-0001").variables().containsEntry("applicationId", 3001L)
        .containsEntry("reviewedSocietyCode", SOCIETY).containsEntry("societyName", "湖北省光学学会")
        .containsEntry("title", "海智工作站 2025 年度考核").containsEntry("discipline", "ENGINEERING")
        .containsEntry("expertCount", 3).doesNotContainKeys("societyCode", "stationName", "reportDue", "returned");
    complete(task("StandInScore", called), Map.of("meanScore", meanScore));
    assertThat(called).isEnded();
    assertThat(pi).hasPassed("ExpertReview", "RecordReview", "ConclusionPending").isWaitingAt("Conclusion");
    assertThat(pi).variables().containsEntry("meanScore", meanScore);
  }

  /** Report submitted, found complete and scored: 学会部 concludes. */
  ProcessInstance upToConclusion(double meanScore) {
    ProcessInstance pi = start();
    submitReport(pi);
    complete(task("FormalCheck"), review("approve", "材料齐全"));
    assertThat(pi).hasPassed("FormalCheckDecision").hasNotPassed("ReturnReport");
    expertReview(pi, meanScore);
    return pi;
  }

  void conclude(ProcessInstance pi, String decision, String opinion) {
    complete(task("Conclusion"), review(decision, opinion));
    assertThat(pi).hasPassed("Conclude").isWaitingAt("Leadership");
    assertThat(pi).variables().containsEntry("passed", decision.equals("approve"));
  }

  @Test
  void reportCheckedReviewedAndPassed() {
    ProcessInstance pi = upToConclusion(86.5);
    conclude(pi, "approve", "引才引智成效明显，考核合格");
    complete(task("Leadership"), review("approve", "同意"));

    assertThat(pi).isEnded().hasPassedInOrder("OpenAssessment", "StationReport", "FormalCheck", "ExpertReview",
        "RecordReview", "Conclusion", "Conclude", "Leadership", "LeadershipVerdict", "AssessmentOutcome",
        "PassStation", "StationPassed")
        .hasNotPassed("ReturnReport", "EscalateReport", "CloseStation", "StationClosed");
    assertThat(stations.calls).containsExactly("open:3001", "reviewed:86.5", "conclude:true", "pass");
    assertThat(shared.opinions.opinions).containsExactly("FormalCheck:approve:材料齐全",
        "Conclusion:approve:引才引智成效明显，考核合格", "Leadership:approve:同意");
    assertThat(shared.guard.completed).containsExactly("StationReport");
    assertThat(shared.reminders.sent).isEmpty();
    assertThat(jobQuery().count()).as("the overdue timer went with the report task").isZero();
  }

  @Test
  void returnedOnceForCorrectionThenApproved() {
    ProcessInstance pi = start();
    submitReport(pi);
    Date returnedAt = days(NOW, 20);
    ClockUtil.setCurrentTime(returnedAt);
    complete(task("FormalCheck"), review("return", "缺经费使用情况说明"));

    Date correctionDue = days(returnedAt, 15); // grant-correction P15D
    assertThat(pi).hasPassed("FormalCheckDecision", "ReturnReport").hasNotPassed("ExpertReview")
        .isWaitingAt("StationReport");
    assertThat(pi).variables().containsEntry("returned", true).containsEntry("reportDue", correctionDue);
    assertThat(task("StationReport")).hasCandidateGroup("society-" + SOCIETY).hasDueDate(correctionDue);
    assertThat(job("ReportOverdue").getDuedate()).as("the overdue timer runs from the new due date")
        .isEqualTo(correctionDue);

    submitReport(pi);
    complete(task("FormalCheck"), review("approve", "补正后材料齐全"));
    expertReview(pi, 78.0);
    assertThat(stations.calls).containsExactly("open:3001", "returnReport", "reviewed:78.0");
    assertThat(shared.opinions.opinions).containsExactly("FormalCheck:return:缺经费使用情况说明",
        "FormalCheck:approve:补正后材料齐全");
    assertThat(shared.guard.completed).containsExactly("StationReport", "StationReport");
  }

  @Test
  void aSecondReturnIsRefused() {
    ProcessInstance pi = start();
    submitReport(pi);
    complete(task("FormalCheck"), review("return", "缺下年度工作计划"));
    submitReport(pi);
    Task check = task("FormalCheck");

    assertThatThrownBy(() -> taskService().complete(check.getId(), review("return", "计划仍不完整")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("已退回补正过一次");
    assertThat(pi).isWaitingAt("FormalCheck");
    assertThat(task("FormalCheck").getId()).isEqualTo(check.getId());
    assertThat(stations.calls).containsExactly("open:3001", "returnReport");
    assertThat(shared.opinions.opinions).as("the refused return records no opinion")
        .containsExactly("FormalCheck:return:缺下年度工作计划");

    complete(task("FormalCheck"), review("approve", "计划欠完整，由专家评审时一并评价"));
    assertThat(pi).isWaitingAt("ExpertReview");
  }

  @Test
  void rejectIsNotOfferedAtTheFormalCheck() {
    ProcessInstance pi = start();
    submitReport(pi);
    Task check = task("FormalCheck");

    assertThatThrownBy(() -> taskService().complete(check.getId(), review("reject", "不予受理")))
        .as("a station must be assessed: no flow leaves the formal check for reject")
        .isInstanceOf(ProcessEngineException.class);
    assertThat(pi).isWaitingAt("FormalCheck").hasNotPassed("FormalCheckDecision");
    assertThat(task("FormalCheck").getId()).isEqualTo(check.getId());
  }

  @Test
  void overdueReportIsEscalatedAndTheTaskStaysOpen() {
    ProcessInstance pi = start();
    Task report = task("StationReport");
    Job overdue = job("ReportOverdue");
    assertThat(overdue.getDuedate()).isEqualTo(REPORT_DUE);

    ClockUtil.setCurrentTime(REPORT_DUE);
    execute(overdue);

    assertThat(pi).hasPassed("ReportOverdue", "EscalateReport", "ReportEscalated").isWaitingAt("StationReport");
    assertThat(task("StationReport").getId()).isEqualTo(report.getId());
    assertThat(shared.reminders.sent).containsExactly("escalate:EscalateReport:" + SOCIETY);
    assertThat(jobQuery().count()).as("the escalation happens once").isZero();

    submitReport(pi);
    complete(task("FormalCheck"), review("approve", "材料齐全"));
    assertThat(pi).isWaitingAt("ExpertReview");
    assertThat(stations.calls).containsExactly("open:3001");
  }

  @Test
  void failedAndTheStationIsClosed() {
    ProcessInstance pi = upToConclusion(52.0);
    conclude(pi, "reject", "全年未开展引才引智活动，考核不合格");
    complete(task("Leadership"), review("approve", "同意关闭"));

    assertThat(pi).isEnded().hasPassed("LeadershipVerdict", "AssessmentOutcome", "CloseStation", "StationClosed")
        .hasNotPassed("PassStation", "StationPassed");
    assertThat(stations.calls).containsExactly("open:3001", "reviewed:52.0", "conclude:false", "closeStation");
    assertThat(shared.opinions.opinions).endsWith("Conclusion:reject:全年未开展引才引智活动，考核不合格",
        "Leadership:approve:同意关闭");
  }

  @Test
  void leadershipReturnsTheConclusionForANewOne() {
    ProcessInstance pi = upToConclusion(61.0);
    conclude(pi, "reject", "考核不合格");

    Task leadership = task("Leadership");
    assertThat(taskService().getVariables(leadership.getId())).as("what Tasklist loads into the leadership's form")
        .containsEntry("passed", false).containsEntry("meanScore", 61.0).containsEntry("stationName", "武汉光谷海智工作站")
        .doesNotContainKey("decision");
    complete(leadership, review("return", "均分已过及格线，请结合年度报告重新评定"));

    assertThat(pi).hasPassed("LeadershipVerdict").hasNotPassed("AssessmentOutcome").isWaitingAt("Conclusion");
    assertThat(taskService().getVariables(task("Conclusion").getId())).doesNotContainKey("decision");
    conclude(pi, "approve", "重新评定为合格");
    complete(task("Leadership"), review("approve", "同意"));

    assertThat(pi).isEnded().hasPassed("PassStation", "StationPassed").hasNotPassed("CloseStation");
    assertThat(stations.calls).containsExactly("open:3001", "reviewed:61.0", "conclude:false", "conclude:true", "pass");
    assertThat(shared.opinions.opinions).containsExactly("FormalCheck:approve:材料齐全", "Conclusion:reject:考核不合格",
        "Leadership:return:均分已过及格线，请结合年度报告重新评定", "Conclusion:approve:重新评定为合格", "Leadership:approve:同意");
  }

  @Test
  void taskAttributes() {
    ProcessInstance pi = start();
    assertThat(pi).hasBusinessKey("HZ-2025-0001").variables().containsEntry("reportDue", REPORT_DUE)
        .containsEntry("returned", false);

    Task report = taskQuery().initializeFormKeys().taskDefinitionKey("StationReport").singleResult();
    assertThat(report).hasName("提交海智站年度报告").hasCandidateGroup("society-" + SOCIETY).hasDueDate(REPORT_DUE);
    assertThat(report.getAssignee()).isNull();
    assertThat(report.getFormKey()).isEqualTo("/stations/assessments/3001");

    submitReport(pi);
    assertReviewer("FormalCheck", "学会部形式审查", "society-affairs", "station-formal-check");
    complete(task("FormalCheck"), review("approve", "材料齐全"));
    assertThat(calledProcessInstance("expert-review", pi)).isNotNull();
    expertReview(pi, 90.0);
    assertReviewer("Conclusion", "学会部考核结论", "society-affairs", "station-conclusion");
    conclude(pi, "approve", "合格");
    assertReviewer("Leadership", "领导审定考核结论", "leadership", "station-leadership-approval");
  }

  void assertReviewer(String key, String name, String group, String form) {
    Task task = taskQuery().initializeFormKeys().taskDefinitionKey(key).singleResult();
    assertThat(task).hasName(name).hasCandidateGroup(group).hasDueDate(REVIEW_DUE);
    assertThat(task.getAssignee()).isNull();
    assertThat(task.getCamundaFormRef().getKey()).isEqualTo(form);
    assertThat(task.getCamundaFormRef().getBinding()).isEqualTo("deployment");
  }

  @Test
  void listenersGuardTheReportAndEveryReviewerTask() {
    ProcessInstance pi = start();

    shared.guard.refuse = true;
    Task report = task("StationReport");
    assertThatThrownBy(() -> taskService().complete(report.getId()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("portal");
    assertThat(pi).isWaitingAt("StationReport").hasNotPassed("FormalCheck");
    shared.guard.refuse = false;

    submitReport(pi);
    for (String key : List.of("FormalCheck", "Conclusion", "Leadership")) {
      Task reviewTask = task(key);
      assertThatThrownBy(() -> taskService().complete(reviewTask.getId(), Map.of("opinion", "没有结论")))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("decision");
      assertThat(pi).isWaitingAt(key);
      complete(reviewTask, review("approve", "同意"));
      if (key.equals("FormalCheck")) {
        expertReview(pi, 80.0);
      }
    }
    assertThat(pi).isEnded();
    assertThat(shared.opinions.opinions).hasSize(3);
  }
}
