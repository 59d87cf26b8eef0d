package org.societyflow.reelection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.societyflow.processtest.SharedBeans;
import org.societyflow.shared.EngineClock;

@Deployment(resources = {"society-reelection.bpmn", "reelection-candidate-eligibility.dmn",
    "reelection-timing-review.form", "reelection-plan-review.form", "reelection-candidate-review.form",
    "reelection-approval.form", "reelection-results-review.form", "reelection-filing.form"})
class SocietyReelectionProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  static final Date NOW = new Date(1_735_689_600_000L); // 2025-01-01T00:00:00Z
  static final long DAY = 24L * 60 * 60 * 1000;
  /** A Thursday. */
  static final Date ASSEMBLY_DATE = EngineClock.startOf(LocalDate.of(2025, 5, 1));
  /** 30 working days after the assembly end on Thursday 12 June: the results are late from the next day on. */
  static final Date RESULTS_DUE = EngineClock.startOf(LocalDate.of(2025, 6, 13));

  FakeReelectionService reelections;
  SharedBeans shared;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    shared = SharedBeans.register();
    ClockUtil.setCurrentTime(NOW);
    reelections = new FakeReelectionService();
    Mocks.register("reelectionService", reelections);
    Mocks.register("reelectionApprovalCheck", new ReelectionApprovalCheck());
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  ProcessInstance start() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("society-reelection", "HJ-2025-0007",
        Variables.createVariables().putValue("societyId", 7L));
    assertThat(pi).isStarted().hasPassed("ReelectionStarted", "OpenReelection", "PlanPending")
        .isWaitingAt("SubmitPlan");
    return pi;
  }

  static Map<String, Object> review(String decision, String opinion) {
    return Map.of("decision", decision, "opinion", opinion);
  }

  /** What the portal stores when the society submits its plan and candidate list, without a vote on an exception. */
  void submitPlan(ProcessInstance pi, String timing, int flagged) {
    submitPlan(pi, timing, flagged, null, null);
  }

  /** The same with the members' vote for an exception the plan records (null: none). */
  void submitPlan(ProcessInstance pi, String timing, int flagged, Integer votesFor, Integer present) {
    assertThat(pi).isWaitingAt("SubmitPlan");
    reelections.flagged = flagged;
    complete(task("SubmitPlan"), Variables.createVariables()
        .putValue("timing", timing)
        .putValue("assemblyDate", ASSEMBLY_DATE)
        .putValue("candidateCount", 5)
        .putValue("exceptionVotesFor", votesFor)
        .putValue("exceptionMembersPresent", present)
        .putValue("legalRepresentativeReason", null));
    assertThat(pi).hasPassed("CheckCandidates", "TimingChangeRequested");
    assertThat(pi).variables().containsEntry("flaggedCandidates", flagged).containsEntry("exceptionGranted", false);
  }

  /** Regular timing, plan and candidates approved, up to the leadership's approval. */
  void upToApproval(ProcessInstance pi, int flagged) {
    upToApproval(pi, flagged, null, null);
  }

  void upToApproval(ProcessInstance pi, int flagged, Integer votesFor, Integer present) {
    submitPlan(pi, "REGULAR", flagged, votesFor, present);
    assertThat(pi).isWaitingAt("ReviewPlan");
    complete(task("ReviewPlan"), review("approve", "方案符合要求"));
    assertThat(pi).isWaitingAt("ReviewCandidates");
    complete(task("ReviewCandidates"), review("approve", "政治把关通过"));
    assertThat(pi).isWaitingAt("ApproveReelection");
  }

  void upToResults(ProcessInstance pi) {
    upToApproval(pi, 0);
    complete(task("ApproveReelection"), review("approve", "同意换届"));
    assertThat(pi).hasPassed("ApprovePlan", "ResultsPending").isWaitingAt("SubmitResults");
    assertThat(pi).variables().containsEntry("resultsDue", RESULTS_DUE);
  }

  void submitResults(ProcessInstance pi, boolean differ) {
    assertThat(pi).isWaitingAt("SubmitResults");
    reelections.resultsDiffer = differ;
    complete(task("SubmitResults"));
    assertThat(pi).hasPassed("CompareResults", "ResultsMatch").isWaitingAt(differ ? "ReviewResults" : "FileReelection");
  }

  void file(ProcessInstance pi) {
    complete(task("FileReelection"), review("approve", "准予备案"));
    assertThat(pi).isEnded().hasPassed("UpdateRegister", "ReelectionCompleted");
  }

  @Test
  void regularPlanApprovedStraightThroughAndFiled() {
    ProcessInstance pi = start();
    upToResults(pi);
    submitResults(pi, false);
    file(pi);

    assertThat(pi).hasPassedInOrder("SubmitPlan", "CheckCandidates", "ReviewPlan", "ReviewCandidates",
            "ApproveReelection", "ApprovePlan", "SubmitResults", "CompareResults", "FileReelection", "UpdateRegister")
        .hasNotPassed("ReviewTiming", "ReturnPlan", "ReviewResults", "ReturnResults", "RemindResults",
            "EscalateOverdue");
    assertThat(reelections.calls).containsExactly("open:7", "checkCandidates:0", "approvePlan",
        "compareResults:false", "file");
    assertThat(shared.opinions.opinions).containsExactly("ReviewPlan:approve:方案符合要求", "ReviewCandidates:approve:政治把关通过",
        "ApproveReelection:approve:同意换届", "FileReelection:approve:准予备案");
    assertThat(shared.guard.completed).containsExactly("SubmitPlan", "SubmitResults");
    assertThat(shared.reminders.sent).isEmpty();
    assertThat(jobQuery().count()).as("the results timers went with the task").isZero();
  }

  @Test
  void bringForwardApprovedByLeadership() {
    ProcessInstance pi = start();
    submitPlan(pi, "BRING_FORWARD", 0);
    assertThat(pi).isWaitingAt("ReviewTiming");
    complete(task("ReviewTiming"), review("approve", "同意提前换届"));

    assertThat(pi).hasPassed("TimingDecision", "PlanReviewPending").isWaitingAt("ReviewPlan");
    complete(task("ReviewPlan"), review("approve", "方案符合要求"));
    complete(task("ReviewCandidates"), review("approve", "政治把关通过"));
    complete(task("ApproveReelection"), review("approve", "同意换届"));
    assertThat(pi).isWaitingAt("SubmitResults");
    assertThat(shared.opinions.opinions).startsWith("ReviewTiming:approve:同意提前换届");
  }

  @Test
  void postponementRejectedThenResubmittedOnTime() {
    ProcessInstance pi = start();
    submitPlan(pi, "POSTPONE", 0);
    complete(task("ReviewTiming"), review("reject", "延期理由不充分"));

    assertThat(pi).hasPassed("PlanReturnedByTiming", "ReturnPlan").hasNotPassed("ReviewPlan")
        .isWaitingAt("SubmitPlan");
    assertThat(reelections.calls).containsExactly("open:7", "checkCandidates:0", "returnPlan");

    submitPlan(pi, "REGULAR", 0);
    assertThat(pi).isWaitingAt("ReviewPlan");
    assertThat(shared.opinions.opinions).containsExactly("ReviewTiming:reject:延期理由不充分");
    assertThat(shared.guard.completed).containsExactly("SubmitPlan", "SubmitPlan");
  }

  @Test
  void planReturnedBySocietyAffairs() {
    ProcessInstance pi = start();
    submitPlan(pi, "REGULAR", 0);
    complete(task("ReviewPlan"), review("return", "理事会规模不符合章程"));

    assertThat(pi).hasPassed("PlanReturnedByReview", "PlanReturnedByTiming", "ReturnPlan").isWaitingAt("SubmitPlan");
    assertThat(reelections.calls).endsWith("returnPlan");
    upToApproval(pi, 0);
  }

  @Test
  void candidatesReturnedByPartyCommittee() {
    ProcessInstance pi = start();
    submitPlan(pi, "REGULAR", 0);
    complete(task("ReviewPlan"), review("approve", "方案符合要求"));
    complete(task("ReviewCandidates"), review("return", "请补充候选人考察材料"));

    assertThat(pi).hasPassed("PlanReturnedLater", "ReturnPlan").hasNotPassed("ApproveReelection")
        .isWaitingAt("SubmitPlan");
    assertThat(reelections.calls).containsExactly("open:7", "checkCandidates:0", "returnPlan");
    upToApproval(pi, 0);
  }

  @Test
  void planReturnedByLeadership() {
    ProcessInstance pi = start();
    upToApproval(pi, 0);
    complete(task("ApproveReelection"), review("return", "请先召开理事会研究"));

    assertThat(pi).hasPassed("PlanReturnedLater", "ReturnPlan").hasNotPassed("ApprovePlan").isWaitingAt("SubmitPlan");
    assertThat(reelections.calls).containsExactly("open:7", "checkCandidates:0", "returnPlan");
  }

  /** The leader's 批准换届 that {@link ReelectionApprovalCheck} refuses: the task stays, nothing moves on. */
  void approvalRefused(Map<String, Object> variables, String field, String message) {
    Task approval = task("ApproveReelection");
    assertThatThrownBy(() -> taskService().complete(approval.getId(), variables))
        .hasMessageContaining(message).rootCause()
        .isInstanceOf(FormFieldValidationException.class).hasFieldOrPropertyWithValue("detail", field);
    assertThat(task("ApproveReelection").getId()).isEqualTo(approval.getId());
  }

  static Map<String, Object> exception(String reason) {
    Map<String, Object> approval = new HashMap<>(review("approve", "同意换届"));
    approval.put("exceptionGranted", true);
    approval.put("exceptionReason", reason);
    return approval;
  }

  @Test
  void approvingAFlaggedCandidateWithoutTheExceptionIsRefusedUntilTheLeaderReturnsThePlan() {
    ProcessInstance pi = start();
    upToApproval(pi, 1);
    assertThat(pi).variables().containsEntry("eligibilitySummary", "1 名候选人资格存疑：选举时年龄超过70周岁");

    approvalRefused(review("approve", "同意换届"), "exceptionGranted", "1 名候选人资格存疑");
    assertThat(pi).isWaitingAt("ApproveReelection").hasNotPassed("ApprovalDecision", "ApprovePlan", "ReturnPlan");

    complete(task("ApproveReelection"), review("return", "超龄候选人不予例外"));
    assertThat(pi).hasPassed("PlanReturnedLater", "ReturnPlan").hasNotPassed("ApprovePlan").isWaitingAt("SubmitPlan");
    assertThat(reelections.calls).containsExactly("open:7", "checkCandidates:1", "returnPlan");

    upToApproval(pi, 0); // the society replaced the candidate
    complete(task("ApproveReelection"), review("approve", "同意换届"));
    assertThat(pi).isWaitingAt("SubmitResults");
  }

  @Test
  void anExceptionNeedsItsReasonAndTheRecordedVote() {
    ProcessInstance pi = start();
    upToApproval(pi, 2);

    approvalRefused(exception(" "), "exceptionReason", "例外理由");
    approvalRefused(exception("学科发展需要"), "exceptionGranted", "表决结果");
    complete(task("ApproveReelection"), review("return", "请记录会员代表大会的表决结果"));
    assertThat(pi).isWaitingAt("SubmitPlan");

    upToApproval(pi, 2, 25, 30);
    complete(task("ApproveReelection"), exception("会员代表大会三分之二以上同意，学科发展需要"));
    assertThat(pi).hasPassed("ApprovePlan").isWaitingAt("SubmitResults");
    assertThat(reelections.calls).containsExactly("open:7", "checkCandidates:2", "returnPlan", "checkCandidates:2",
        "approvePlan");
  }

  @Test
  void aReturnedPlanNeedsTheExceptionAgain() {
    ProcessInstance pi = start();
    upToApproval(pi, 1, 25, 30);
    Map<String, Object> returned = exception("待补充");
    returned.put("decision", "return");
    complete(task("ApproveReelection"), returned);
    assertThat(pi).isWaitingAt("SubmitPlan");

    upToApproval(pi, 1, 25, 30);
    assertThat(pi).variables().containsEntry("exceptionGranted", false);
    approvalRefused(review("approve", "同意换届"), "exceptionGranted", "资格存疑");
    assertThat(pi).hasNotPassed("ApprovePlan");
  }

  @Test
  void theResultsAreDueThirtyWorkingDaysAfterTheAssemblyHoweverEarlyThePlanIsApproved() {
    ProcessInstance pi = start();
    upToApproval(pi, 0);
    ClockUtil.setCurrentTime(new Date(NOW.getTime() + 50 * DAY)); // the leader approves weeks later
    complete(task("ApproveReelection"), review("approve", "同意换届"));

    assertThat(pi).variables().containsEntry("resultsDue", RESULTS_DUE);
    assertThat(task("SubmitResults")).hasDueDate(RESULTS_DUE);
    assertThat(RESULTS_DUE).as("after the assembly, not after the approval").isAfter(ASSEMBLY_DATE);
    assertThat(job("ResultsOverdue").getDuedate()).isEqualTo(RESULTS_DUE);
  }

  @Test
  void resultsDifferReviewedThenFiled() {
    ProcessInstance pi = start();
    upToResults(pi);
    submitResults(pi, true);
    complete(task("ReviewResults"), review("approve", "差异已说明，符合程序"));

    assertThat(pi).hasPassed("ResultsReviewDecision", "FilingPending").isWaitingAt("FileReelection");
    file(pi);
    assertThat(reelections.calls).endsWith("compareResults:true", "file");
  }

  @Test
  void resultsReviewReturnedThenResubmitted() {
    ProcessInstance pi = start();
    upToResults(pi);
    submitResults(pi, true);
    complete(task("ReviewResults"), review("return", "请补充会议纪要"));

    assertThat(pi).hasPassed("ResultsReturned", "ReturnResults").isWaitingAt("SubmitResults");
    assertThat(jobQuery().count()).as("reminder and escalation timers again").isEqualTo(2);
    submitResults(pi, false);
    file(pi);
    assertThat(reelections.calls).endsWith("compareResults:true", "returnResults", "compareResults:false", "file");
  }

  @Test
  void filingReturnedThenResubmitted() {
    ProcessInstance pi = start();
    upToResults(pi);
    submitResults(pi, false);
    complete(task("FileReelection"), review("return", "新章程未附核准文件"));

    assertThat(pi).hasPassed("ResultsReturned", "ReturnResults").isWaitingAt("SubmitResults");
    submitResults(pi, false);
    file(pi);
    assertThat(shared.opinions.opinions).endsWith("FileReelection:return:新章程未附核准文件", "FileReelection:approve:准予备案");
    assertThat(shared.guard.completed).containsExactly("SubmitPlan", "SubmitResults", "SubmitResults");
  }

  @Test
  void reminderAndEscalationFireAndTheResultsTaskStaysOpen() {
    ProcessInstance pi = start();
    upToResults(pi);
    Task results = task("SubmitResults");

    Job reminder = job("ResultsReminder");
    assertThat(reminder.getDuedate()).isEqualTo(new Date(RESULTS_DUE.getTime() - 7 * DAY));
    execute(reminder);
    assertThat(pi).hasPassed("RemindResults", "SocietyReminded").isWaitingAt("SubmitResults");

    Job overdue = job("ResultsOverdue");
    assertThat(overdue.getDuedate()).isEqualTo(RESULTS_DUE);
    execute(overdue);
    assertThat(pi).hasPassed("EscalateOverdue", "AffairsInformed").isWaitingAt("SubmitResults");

    assertThat(shared.reminders.sent).containsExactly("remind:RemindResults:XH7", "escalate:EscalateOverdue:XH7");
    assertThat(task("SubmitResults").getId()).isEqualTo(results.getId());
    assertThat(jobQuery().count()).isZero();

    submitResults(pi, false); // late results are still accepted
    file(pi);
  }

  @Test
  void taskAttributes() {
    ProcessInstance pi = start();
    assertThat(pi).hasBusinessKey("HJ-2025-0007").variables()
        .containsEntry("applicationId", 2007L)
        .containsEntry("societyCode", "XH7")
        .containsEntry("applicationLink", "/reelections/2007");
    Date reviewDue = new Date(NOW.getTime() + 15 * DAY);

    Task plan = taskQuery().initializeFormKeys().taskDefinitionKey("SubmitPlan").singleResult();
    assertThat(plan).hasName("提交换届工作方案与候选人").hasCandidateGroup("society-XH7")
        .hasDueDate(new Date(NOW.getTime() + 60 * DAY));
    assertThat(plan.getFormKey()).isEqualTo("/reelections/2007");

    submitPlan(pi, "POSTPONE", 0);
    assertReviewer("ReviewTiming", "审批提前或延期换届", "leadership", "reelection-timing-review", reviewDue);
    complete(task("ReviewTiming"), review("approve", "同意延期"));
    assertReviewer("ReviewPlan", "学会部审核换届方案", "society-affairs", "reelection-plan-review", reviewDue);
    complete(task("ReviewPlan"), review("approve", "方案符合要求"));
    assertReviewer("ReviewCandidates", "科技社团党委审核候选人", "party-committee", "reelection-candidate-review",
        reviewDue);
    complete(task("ReviewCandidates"), review("approve", "政治把关通过"));
    assertReviewer("ApproveReelection", "领导审批换届方案", "leadership", "reelection-approval", reviewDue);
    complete(task("ApproveReelection"), review("approve", "同意换届"));

    Task results = taskQuery().initializeFormKeys().taskDefinitionKey("SubmitResults").singleResult();
    assertThat(results).hasName("提交换届选举结果").hasCandidateGroup("society-XH7").hasDueDate(RESULTS_DUE);
    assertThat(results.getFormKey()).isEqualTo("/reelections/2007");

    submitResults(pi, true);
    assertReviewer("ReviewResults", "学会部复核选举结果", "society-affairs", "reelection-results-review", reviewDue);
    complete(task("ReviewResults"), review("approve", "符合程序"));
    assertReviewer("FileReelection", "学会部换届备案", "society-affairs", "reelection-filing", reviewDue);
  }

  void assertReviewer(String key, String name, String group, String form, Date due) {
    Task task = taskQuery().initializeFormKeys().taskDefinitionKey(key).singleResult();
    assertThat(task).hasName(name).hasCandidateGroup(group).hasDueDate(due);
    assertThat(task.getCamundaFormRef().getKey()).isEqualTo(form);
    assertThat(task.getCamundaFormRef().getBinding()).isEqualTo("deployment");
  }

  @Test
  void listenersGuardEverySocietyAndReviewerTask() {
    ProcessInstance pi = start();

    shared.guard.refuse = true;
    Task plan = task("SubmitPlan");
    assertThatThrownBy(() -> taskService().complete(plan.getId(), Map.of("timing", "REGULAR")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("portal");
    assertThat(pi).isWaitingAt("SubmitPlan").hasNotPassed("CheckCandidates");
    shared.guard.refuse = false;

    upToApproval(pi, 0);
    Task approval = task("ApproveReelection");
    assertThatThrownBy(() -> taskService().complete(approval.getId(), Map.of("opinion", "没有结论")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("decision");
    assertThat(pi).isWaitingAt("ApproveReelection").hasNotPassed("ApprovePlan", "ReturnPlan");

    complete(task("ApproveReelection"), review("approve", "同意换届"));
    shared.guard.refuse = true;
    Task results = task("SubmitResults");
    assertThatThrownBy(() -> taskService().complete(results.getId()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("portal");
    assertThat(pi).isWaitingAt("SubmitResults").hasNotPassed("CompareResults");
  }
}
