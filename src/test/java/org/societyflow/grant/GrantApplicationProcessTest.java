package org.societyflow.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.societyflow.processtest.SharedBeans;
import org.societyflow.workflow.OneReturn;

/** Every path of grant-application: 学会部's formal check with its one return for corrections and its refusal, the
 * expert review, the funding decision of the programme (funded or not), an objection during the public notice with its
 * re-review and 学会部's decision (funding upheld or withdrawn), the final report with its overdue reminder, and the
 * acceptance with a return for corrections.
 *
 * <p>The called process {@code expert-review} has a model and a test of its own; here a stand-in with the same id and
 * the same contract (one user task {@code Score} whose completion sets {@code meanScore}) is built with the Camunda model
 * API and deployed before each test, so this test depends only on the call activity's in/out mappings. */
@Deployment(resources = {"grant-application.bpmn", "grant-formal-check.form", "grant-objection-decision.form",
    "grant-acceptance.form", "grant-party-opinion.form"})
class GrantApplicationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
      .excludeProcessDefinitionKeys("expert-review")
      .assertClassCoverageAtLeast(1.0)
      .build();

  static final String BUSINESS_KEY = "XM-2025-0001";
  static final Date NOW = new Date(1_735_689_600_000L); // 2025-01-01T00:00:00Z
  static final Date REVIEW_DUE = days(NOW, 15); // grant-review P15D
  static final Date CORRECTION_DUE = days(NOW, 15); // grant-correction P15D
  static final Date FINAL_REPORT_DUE = days(NOW, 240); // the service's project end + 60 days, given to the fake

  FakeGrantService grants;
  SharedBeans shared;
  String standInDeployment;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    shared = SharedBeans.register();
    Mocks.register("oneReturn", new OneReturn());
    ClockUtil.setCurrentTime(NOW);
    grants = new FakeGrantService(shared.deadlines, FINAL_REPORT_DUE);
    Mocks.register("grantService", grants);
    standInDeployment = repositoryService().createDeployment().name("expert-review stand-in")
        .addModelInstance("expert-review.bpmn", expertReviewStandIn()).deploy().getId();
  }

  @AfterEach
  void tearDown() {
    repositoryService().deleteDeployment(standInDeployment, true);
    Mocks.reset();
    ClockUtil.reset();
  }

  /** Stands in for processes/expert-review.bpmn (written and tested separately): the experts' scoring reduced to one
   * task; the test completes it with the {@code meanScore} the real process sums up. */
  static BpmnModelInstance expertReviewStandIn() {
    return Bpmn.createExecutableProcess("expert-review").name("专家评审（测试替身）").camundaHistoryTimeToLive(3650)
        .startEvent("ExpertReviewStarted")
        .userTask("Score").name("专家评审打分").camundaCandidateGroups("experts")
        .endEvent("ExpertReviewDone")
        .done();
  }

  /** Dates as the Deadlines bean computes them: calendar arithmetic in the engine's time zone. */
  static Date days(Date from, int days) {
    return Date.from(from.toInstant().atZone(ZoneId.systemDefault()).plusDays(days).toInstant());
  }

  ProcessInstance start() {
    return start(false);
  }

  ProcessInstance start(boolean partyBuilding) {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("grant-application", BUSINESS_KEY,
        Variables.createVariables().putValue("applicationId", 3001L).putValue("societyId", 7L)
            .putValue("societyCode", "XH7").putValue("societyName", "湖北省计算机学会")
            .putValue("applicationLink", "/grants/3001")
            .putValue("title", "2025 年人工智能青年科学家论坛").putValue("programmeId", 21L)
            .putValue("programmeTitle", "2025 年学术交流活动平台项目").putValue("requestedAmount", 50_000L)
            .putValue("discipline", "ENGINEERING").putValue("expertCount", 3).putValue("returned", false)
            .putValue("partyBuilding", partyBuilding));
    assertThat(pi).isStarted().hasBusinessKey(BUSINESS_KEY).hasPassed("ApplicationSubmitted", "OpenApplication",
        "FormalCheckPending").isWaitingAt("FormalCheck");
    assertThat(pi).variables().containsEntry("objectionReview", false);
    return pi;
  }

  static Map<String, Object> review(String decision, String opinion) {
    return Map.of("decision", decision, "opinion", opinion);
  }

  /** Passed the formal check: the application waits in the called expert-review. */
  ProcessInstance upToReview() {
    ProcessInstance pi = start();
    complete(task("FormalCheck"), review("approve", "材料齐全"));
    assertThat(pi).hasPassed("FormalCheckDecision", "StartReview", "ReviewPending").isWaitingAt("ExpertReview");
    return pi;
  }

  /** The experts of the (stand-in) expert-review score; their mean comes back to the application. */
  ProcessInstance score(ProcessInstance pi, double meanScore) {
    assertThat(pi).isWaitingAt("ExpertReview");
    ProcessInstance review = calledReview(pi);
    complete(task("Score", review), Map.of("meanScore", meanScore));
    assertThat(review).isEnded();
    assertThat(pi).variables().containsEntry("meanScore", meanScore);
    return review;
  }

  ProcessInstance calledReview(ProcessInstance pi) {
    return processInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
  }

  /** Reviewed: the application waits for the programme's funding decision (after the ranking and the notice). */
  ProcessInstance upToDecision() {
    ProcessInstance pi = upToReview();
    score(pi, 86.5);
    assertThat(pi).hasPassed("RecordReview", "ObjectionReviewCheck").isWaitingAt("AwaitDecision");
    return pi;
  }

  void decide(boolean funded) {
    runtimeService().createMessageCorrelation("GrantDecision").processInstanceBusinessKey(BUSINESS_KEY)
        .setVariable("funded", funded).correlate();
  }

  void object(String objection) {
    runtimeService().createMessageCorrelation("GrantObjection").processInstanceBusinessKey(BUSINESS_KEY)
        .setVariable("objection", objection).correlate();
  }

  /** Funded: the society owes the final report. */
  ProcessInstance upToFinalReport() {
    ProcessInstance pi = upToDecision();
    decide(true);
    assertThat(pi).hasPassed("FundingDecision", "FundMerge", "Fund", "ReportPending").isWaitingAt("FinalReport");
    assertThat(pi).variables().containsEntry("funded", true).containsEntry("finalReportDue", FINAL_REPORT_DUE);
    return pi;
  }

  void accept(ProcessInstance pi) {
    complete(task("FinalReport"));
    assertThat(pi).isWaitingAt("Acceptance");
    complete(task("Acceptance"), review("approve", "按计划举办，经费使用规范"));
    assertThat(pi).isEnded().hasPassed("AcceptanceVerdict", "AcceptProject", "GrantAccepted");
  }

  @Test
  void aPartyBuildingApplicationGetsThePartyCommitteesOpinionBeforeItCountsAsReviewed() {
    ProcessInstance pi = start(true);
    complete(task("FormalCheck"), review("approve", "材料齐全"));
    score(pi, 88.0);
    assertThat(pi).hasPassed("PartyOpinionNeeded").isWaitingAt("PartyOpinion");
    assertThat(task("PartyOpinion")).hasCandidateGroup("party-committee");
    assertThat(grants.calls).as("not reviewed before the party committee's opinion").doesNotContain("reviewed:88.0");
    complete(task("PartyOpinion"), review("approve", "党建引领作用明显"));
    assertThat(pi).hasPassed("PartyOpinionDone", "RecordReview").isWaitingAt("AwaitDecision");
    assertThat(grants.calls).containsExactly("open:3001", "startReview", "reviewed:88.0");
    assertThat(shared.opinions.opinions).containsExactly("FormalCheck:approve:材料齐全",
        "PartyOpinion:approve:党建引领作用明显");
  }

  @Test
  void fundedReportedAndAccepted() {
    ProcessInstance pi = upToFinalReport();
    accept(pi);

    assertThat(pi).hasPassedInOrder("OpenApplication", "FormalCheck", "StartReview", "ExpertReview", "RecordReview",
        "AwaitDecision", "Fund", "FinalReport", "Acceptance", "AcceptProject")
        .hasNotPassed("PartyOpinion", "ReturnForCorrection", "Correction", "RejectApplication", "ReopenReview", "ObjectionDecision",
            "NotFunded", "EscalateReport", "ReturnFinalReport");
    assertThat(grants.calls).containsExactly("open:3001", "startReview", "reviewed:86.5", "fund", "accept");
    assertThat(shared.opinions.opinions).containsExactly("FormalCheck:approve:材料齐全",
        "Acceptance:approve:按计划举办，经费使用规范");
    assertThat(shared.guard.completed).containsExactly("FinalReport");
    assertThat(shared.reminders.sent).isEmpty();
    assertThat(jobQuery().count()).as("the overdue timer went with the final report").isZero();
  }

  @Test
  void rejectedByTheFormalCheck() {
    ProcessInstance pi = start();
    complete(task("FormalCheck"), review("reject", "申报学会上年度年检基本合格，不符合申报条件"));

    assertThat(pi).isEnded().hasPassed("FormalCheckDecision", "RejectApplication", "ApplicationRejected")
        .hasNotPassed("StartReview", "ReturnForCorrection", "ExpertReview");
    assertThat(grants.calls).containsExactly("open:3001", "reject");
    assertThat(shared.opinions.opinions).containsExactly("FormalCheck:reject:申报学会上年度年检基本合格，不符合申报条件");
  }

  @Test
  void returnedForCorrectionThenApproved() {
    ProcessInstance pi = start();
    complete(task("FormalCheck"), review("return", "预算明细合计与申请金额不符"));

    assertThat(pi).hasPassed("FormalCheckDecision", "ReturnForCorrection").hasNotPassed("StartReview")
        .isWaitingAt("Correction");
    assertThat(pi).variables().containsEntry("returned", true).containsEntry("correctionDue", CORRECTION_DUE);
    Task correction = taskQuery().initializeFormKeys().taskDefinitionKey("Correction").singleResult();
    assertThat(correction).hasName("补正项目申请").hasCandidateGroup("society-XH7").hasDueDate(CORRECTION_DUE);
    assertThat(correction.getAssignee()).isNull();
    assertThat(correction.getFormKey()).isEqualTo("/grants/3001");

    complete(task("Correction"));
    assertThat(pi).hasPassed("Correction").isWaitingAt("FormalCheck");
    complete(task("FormalCheck"), review("approve", "补正后材料齐全"));

    assertThat(pi).hasPassed("StartReview").isWaitingAt("ExpertReview");
    assertThat(grants.calls).containsExactly("open:3001", "returnForCorrection", "startReview");
    assertThat(shared.opinions.opinions).containsExactly("FormalCheck:return:预算明细合计与申请金额不符",
        "FormalCheck:approve:补正后材料齐全");
    assertThat(shared.guard.completed).containsExactly("Correction");
  }

  @Test
  void aSecondReturnIsRefused() {
    ProcessInstance pi = start();
    complete(task("FormalCheck"), review("return", "缺合作单位盖章"));
    complete(task("Correction"));
    Task check = task("FormalCheck");

    assertThatThrownBy(() -> taskService().complete(check.getId(), review("return", "仍缺盖章")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("已退回补正过一次");
    assertThat(pi).isWaitingAt("FormalCheck").hasNotPassed("RejectApplication");
    assertThat(task("FormalCheck").getId()).isEqualTo(check.getId());
    assertThat(grants.calls).containsOnlyOnce("returnForCorrection");
    assertThat(shared.opinions.opinions).as("a refused return records no opinion")
        .containsExactly("FormalCheck:return:缺合作单位盖章");

    complete(task("FormalCheck"), review("reject", "补正后仍不符合要求"));
    assertThat(pi).isEnded().hasPassed("RejectApplication", "ApplicationRejected");
    assertThat(grants.calls).containsExactly("open:3001", "returnForCorrection", "reject");
  }

  @Test
  void notFunded() {
    ProcessInstance pi = upToDecision();
    decide(false);

    assertThat(pi).isEnded().hasPassed("FundingDecision", "NotFundedMerge", "NotFunded", "GrantNotFunded")
        .hasNotPassed("Fund", "FinalReport", "ObjectionDecision");
    assertThat(grants.calls).containsExactly("open:3001", "startReview", "reviewed:86.5", "notFunded");
    assertThat(jobQuery().count()).isZero();
  }

  /** An objection during the notice: the application is reviewed again and 学会部 decides instead of the ranking. */
  ProcessInstance upToObjectionDecision() {
    ProcessInstance pi = upToDecision();
    ProcessInstance firstReview = processInstanceQuery().processDefinitionKey("expert-review").singleResult();
    assertThat(firstReview).as("the first review has ended").isNull();

    object("论坛主要嘉宾与申报书所列不一致");
    assertThat(pi).hasPassed("ObjectionReceived", "ReopenReview").hasNotPassed("FundingDecision")
        .isWaitingAt("ExpertReview");
    assertThat(pi).variables().containsEntry("objectionReview", true)
        .containsEntry("objection", "论坛主要嘉宾与申报书所列不一致");
    assertThatThrownBy(() -> decide(true)).as("no funding decision is awaited during the re-review")
        .isInstanceOf(MismatchingMessageCorrelationException.class);

    score(pi, 78.0);
    assertThat(pi).isWaitingAt("ObjectionDecision");
    assertThat(taskService().getVariables(task("ObjectionDecision").getId()))
        .as("what Tasklist loads into the objection form: no decision left over from the formal check").containsEntry("meanScore", 78.0)
        .containsEntry("objection", "论坛主要嘉宾与申报书所列不一致").containsEntry("title", "2025 年人工智能青年科学家论坛")
        .containsEntry("societyName", "湖北省计算机学会").doesNotContainKey("decision");
    return pi;
  }

  @Test
  void objectionDuringTheNoticeAndFundingUpheld() {
    ProcessInstance pi = upToObjectionDecision();
    complete(task("ObjectionDecision"), review("approve", "经复核，嘉宾调整不影响项目质量，维持资助"));

    assertThat(pi).hasPassed("ObjectionVerdict", "FundMerge", "Fund").hasNotPassed("NotFunded")
        .isWaitingAt("FinalReport");
    assertThat(grants.calls).containsExactly("open:3001", "startReview", "reviewed:86.5",
        "objectionRaised:论坛主要嘉宾与申报书所列不一致", "reviewed:78.0", "fund");
    assertThat(shared.opinions.opinions).endsWith("ObjectionDecision:approve:经复核，嘉宾调整不影响项目质量，维持资助");

    accept(pi);
    assertThat(grants.calls).endsWith("fund", "accept");
  }

  @Test
  void objectionDuringTheNoticeAndFundingWithdrawn() {
    ProcessInstance pi = upToObjectionDecision();
    complete(task("ObjectionDecision"), review("reject", "异议属实，不予资助"));

    assertThat(pi).isEnded().hasPassed("ObjectionVerdict", "NotFundedMerge", "NotFunded", "GrantNotFunded")
        .hasNotPassed("Fund", "FundingDecision");
    assertThat(grants.calls).containsExactly("open:3001", "startReview", "reviewed:86.5",
        "objectionRaised:论坛主要嘉宾与申报书所列不一致", "reviewed:78.0", "notFunded");
    assertThat(jobQuery().count()).isZero();
  }

  @Test
  void overdueFinalReportIsEscalatedAndTheTaskStaysOpen() {
    ProcessInstance pi = upToFinalReport();
    Task report = task("FinalReport");
    Job overdue = job("ReportOverdue");
    assertThat(overdue.getDuedate()).isEqualTo(FINAL_REPORT_DUE);

    ClockUtil.setCurrentTime(FINAL_REPORT_DUE);
    execute(overdue);

    assertThat(pi).hasPassed("ReportOverdue", "EscalateReport", "ReportEscalated").isWaitingAt("FinalReport");
    assertThat(task("FinalReport").getId()).isEqualTo(report.getId());
    assertThat(shared.reminders.sent).containsExactly("escalate:EscalateReport:XH7");
    assertThat(jobQuery().count()).as("a date fires once").isZero();

    accept(pi);
    assertThat(grants.calls).endsWith("fund", "accept");
  }

  @Test
  void acceptanceReturnedForCorrectionsThenAccepted() {
    ProcessInstance pi = upToFinalReport();
    complete(task("FinalReport"));
    Date returnedAt = days(NOW, 250);
    ClockUtil.setCurrentTime(returnedAt);
    complete(task("Acceptance"), review("return", "缺经费决算表"));

    Date correctedDue = days(returnedAt, 30); // grant-report-correction P30D
    assertThat(pi).hasPassed("AcceptanceVerdict", "ReturnFinalReport").hasNotPassed("AcceptProject")
        .isWaitingAt("FinalReport");
    assertThat(pi).variables().containsEntry("finalReportDue", correctedDue);
    assertThat(task("FinalReport")).hasCandidateGroup("society-XH7").hasDueDate(correctedDue);
    assertThat(job("ReportOverdue").getDuedate()).isEqualTo(correctedDue);

    accept(pi);
    assertThat(grants.calls).containsExactly("open:3001", "startReview", "reviewed:86.5", "fund", "returnFinalReport",
        "accept");
    assertThat(shared.opinions.opinions).endsWith("Acceptance:return:缺经费决算表", "Acceptance:approve:按计划举办，经费使用规范");
    assertThat(shared.guard.completed).containsExactly("FinalReport", "FinalReport");
  }

  @Test
  void taskAttributesAndTheCalledReview() {
    ProcessInstance pi = start();
    assertThat(pi).variables().containsEntry("applicationId", 3001L).containsEntry("requestedAmount", 50_000L)
        .containsEntry("returned", false);
    assertReviewer("FormalCheck", "学会部形式审查", "grant-formal-check", REVIEW_DUE);
    assertThat(taskService().getVariables(task("FormalCheck").getId())).as("what the formal-check form shows")
        .containsEntry("title", "2025 年人工智能青年科学家论坛").containsEntry("societyName", "湖北省计算机学会")
        .containsEntry("programmeTitle", "2025 年学术交流活动平台项目").containsEntry("requestedAmount", 50_000L)
        .containsEntry("applicationId", 3001L);
    complete(task("FormalCheck"), review("approve", "材料齐全"));

    ProcessInstance review = calledReview(pi);
    assertThat(review).hasBusinessKey(BUSINESS_KEY).isWaitingAt("Score");
    assertThat(runtimeService().getVariables(review.getId())).as("exactly the contract's in variables")
        .containsOnly(Map.entry("applicationId", 3001L), Map.entry("reviewedSocietyCode", "XH7"),
            Map.entry("applicationLink", "/grants/3001"),
            Map.entry("societyName", "湖北省计算机学会"), Map.entry("title", "2025 年人工智能青年科学家论坛"),
            Map.entry("discipline", "ENGINEERING"), Map.entry("expertCount", 3));
    score(pi, 91.0);
    assertThat(pi).isWaitingAt("AwaitDecision");
    assertThat(taskQuery().count()).as("the funding decision comes as a message, no one's task").isZero();

    object("申报单位与实际承办单位不一致");
    score(pi, 85.0);
    assertReviewer("ObjectionDecision", "学会部异议复核决定", "grant-objection-decision", REVIEW_DUE);
    complete(task("ObjectionDecision"), review("approve", "维持资助"));

    Task report = taskQuery().initializeFormKeys().taskDefinitionKey("FinalReport").singleResult();
    assertThat(report).hasName("提交结题报告").hasCandidateGroup("society-XH7").hasDueDate(FINAL_REPORT_DUE);
    assertThat(report.getAssignee()).isNull();
    assertThat(report.getFormKey()).isEqualTo("/grants/3001");
    complete(task("FinalReport"));
    assertReviewer("Acceptance", "学会部结题验收", "grant-acceptance", REVIEW_DUE);
  }

  void assertReviewer(String key, String name, String form, Date due) {
    Task task = taskQuery().initializeFormKeys().taskDefinitionKey(key).singleResult();
    assertThat(task).hasName(name).hasCandidateGroup("society-affairs").hasDueDate(due);
    assertThat(task.getAssignee()).isNull();
    assertThat(task.getCamundaFormRef().getKey()).isEqualTo(form);
    assertThat(task.getCamundaFormRef().getBinding()).isEqualTo("deployment");
  }

  @Test
  void listenersGuardTheSocietysAndEveryReviewerTask() {
    ProcessInstance pi = start();
    Task check = task("FormalCheck");
    assertThatThrownBy(() -> taskService().complete(check.getId(), Map.of("opinion", "没有结论")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("decision");
    assertThat(pi).isWaitingAt("FormalCheck");
    complete(task("FormalCheck"), review("return", "缺附件"));

    shared.guard.refuse = true;
    Task correction = task("Correction");
    assertThatThrownBy(() -> taskService().complete(correction.getId()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("portal");
    assertThat(pi).isWaitingAt("Correction");
    shared.guard.refuse = false;
    complete(task("Correction"));
    complete(task("FormalCheck"), review("approve", "补正后材料齐全"));
    score(pi, 88.0);
    object("有异议");
    score(pi, 80.0);

    Task objection = task("ObjectionDecision");
    assertThatThrownBy(() -> taskService().complete(objection.getId(), Map.of("opinion", "没有结论")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("decision");
    assertThat(pi).isWaitingAt("ObjectionDecision");
    complete(task("ObjectionDecision"), review("approve", "维持资助"));

    shared.guard.refuse = true;
    Task report = task("FinalReport");
    assertThatThrownBy(() -> taskService().complete(report.getId()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("portal");
    assertThat(pi).isWaitingAt("FinalReport").hasNotPassed("Acceptance");
    shared.guard.refuse = false;
    complete(task("FinalReport"));

    Task acceptance = task("Acceptance");
    assertThatThrownBy(() -> taskService().complete(acceptance.getId(), Map.of("opinion", "没有结论")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("decision");
    assertThat(pi).isWaitingAt("Acceptance").hasNotPassed("AcceptanceVerdict");
    assertThat(shared.opinions.opinions).containsExactly("FormalCheck:return:缺附件", "FormalCheck:approve:补正后材料齐全",
        "ObjectionDecision:approve:维持资助");
    assertThat(shared.guard.completed).containsExactly("Correction", "FinalReport");
  }
}
