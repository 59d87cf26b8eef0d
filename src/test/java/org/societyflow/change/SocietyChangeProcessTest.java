package org.societyflow.change;

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

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
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

/** Every path of society-change: the reviews that the deployed DMN change-review-routing asks for (evaluated per
 * item by the fake service, as the real one does), return and 不予变更 from each review, 备案-only changes, and the
 * 民政局 filing with its reminder and escalation. */
@Deployment(resources = {"society-change.bpmn", "change-review-routing.dmn", "change-affairs-review.form",
    "change-party-review.form", "change-leadership-approval.form"})
class SocietyChangeProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  static final Date NOW = new Date(1_735_689_600_000L); // 2025-01-01T00:00:00Z
  static final long DAY = 24L * 60 * 60 * 1000;
  static final Date FILING_DUE = new Date(NOW.getTime() + 30 * DAY); // apply runs at NOW in these tests

  FakeChangeService changes;
  SharedBeans shared;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    shared = SharedBeans.register();
    ClockUtil.setCurrentTime(NOW);
    changes = new FakeChangeService(shared.deadlines);
    Mocks.register("changeService", changes);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  ProcessInstance start() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("society-change", "BG-2025-0008",
        Variables.createVariables().putValue("societyId", 8L));
    assertThat(pi).isStarted().hasPassed("ChangeRequested", "OpenChange", "RequestPending")
        .isWaitingAt("SubmitRequest");
    return pi;
  }

  static Map<String, Object> review(String decision, String opinion) {
    return Map.of("decision", decision, "opinion", opinion);
  }

  /** The society submits its request in the portal; the service routes it item by item. */
  void submit(ProcessInstance pi, int flagged, String... items) {
    assertThat(pi).isWaitingAt("SubmitRequest");
    changes.items = List.of(items);
    changes.flagged = flagged;
    complete(task("SubmitRequest"));
    assertThat(pi).hasPassed("RouteChange").isWaitingAt("AffairsReview");
  }

  void submit(ProcessInstance pi, String... items) {
    submit(pi, 0, items);
  }

  void approve(ProcessInstance pi, String key, String next) {
    complete(task(key), review("approve", "同意"));
    assertThat(pi).isWaitingAt(next);
  }

  void recordFiling(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("RecordFiling");
    complete(task("RecordFiling"));
    assertThat(pi).isEnded().hasPassed("RecordCivilRegistration", "ChangeCompleted").hasNotPassed("ChangeFiled");
  }

  @Test
  void addressOnlyIsReviewedByAffairsAndFiledWithCivilAffairs() {
    ProcessInstance pi = start();
    submit(pi, "ADDRESS");
    assertThat(pi).variables().containsEntry("needsPartyReview", false).containsEntry("needsLeadership", false)
        .containsEntry("needsFiling", true).containsEntry("flaggedCandidates", 0)
        .containsEntry("changeSummary", "住所：旧 → 新");
    approve(pi, "AffairsReview", "RecordFiling");
    assertThat(pi).hasPassed("PartyReviewNeeded", "PartyReviewDone", "LeadershipNeeded", "ApprovalsDone",
        "ApplyChange", "FilingNeeded").hasNotPassed("PartyReview", "LeadershipApproval");
    assertThat(pi).variables().containsEntry("filingDue", FILING_DUE);
    recordFiling(pi);

    assertThat(pi).hasPassedInOrder("SubmitRequest", "RouteChange", "AffairsReview", "ApplyChange", "RecordFiling",
        "RecordCivilRegistration").hasNotPassed("ReturnRequest", "RejectChange", "RemindFiling", "EscalateFiling");
    assertThat(changes.calls).containsExactly("open:8", "route:ADDRESS", "apply", "recordFiling");
    assertThat(shared.opinions.opinions).containsExactly("AffairsReview:approve:同意");
    assertThat(shared.guard.completed).containsExactly("SubmitRequest", "RecordFiling");
    assertThat(shared.reminders.sent).isEmpty();
    assertThat(jobQuery().count()).as("the filing timers went with the task").isZero();
  }

  @Test
  void officersGoThroughThePartyCommitteeAndAreOnlyFiled() {
    ProcessInstance pi = start();
    submit(pi, 1, "OFFICERS");
    assertThat(pi).variables().containsEntry("needsPartyReview", true).containsEntry("needsLeadership", false)
        .containsEntry("needsFiling", false).containsEntry("flaggedCandidates", 1);
    approve(pi, "AffairsReview", "PartyReview");
    complete(task("PartyReview"), review("approve", "政治把关通过"));

    assertThat(pi).isEnded().hasPassed("PartyDecision", "PartyReviewDone", "ApplyChange", "FilingNeeded", "ChangeFiled")
        .hasNotPassed("LeadershipApproval", "RecordFiling", "ChangeCompleted");
    assertThat(changes.calls).containsExactly("open:8", "route:OFFICERS", "apply");
    assertThat(shared.opinions.opinions).containsExactly("AffairsReview:approve:同意", "PartyReview:approve:政治把关通过");
    assertThat(jobQuery().count()).isZero();
  }

  @Test
  void nameNeedsLeadershipApproval() {
    ProcessInstance pi = start();
    submit(pi, "NAME");
    assertThat(pi).variables().containsEntry("needsPartyReview", false).containsEntry("needsLeadership", true)
        .containsEntry("needsFiling", true);
    approve(pi, "AffairsReview", "LeadershipApproval");
    assertThat(pi).hasNotPassed("PartyReview");
    complete(task("LeadershipApproval"), review("approve", "同意更名"));

    assertThat(pi).hasPassed("LeadershipDecision", "ApprovalsDone", "ApplyChange").isWaitingAt("RecordFiling");
    recordFiling(pi);
    assertThat(changes.calls).containsExactly("open:8", "route:NAME", "apply", "recordFiling");
  }

  @Test
  void charterAloneNeedsLeadershipAndCivilAffairsApproval() {
    ProcessInstance pi = start();
    submit(pi, "CHARTER");
    assertThat(pi).variables().containsEntry("needsLeadership", true).containsEntry("needsFiling", true);
    approve(pi, "AffairsReview", "LeadershipApproval");
    approve(pi, "LeadershipApproval", "RecordFiling");
    recordFiling(pi);
  }

  @Test
  void legalRepresentativeNameAndAddressGoThroughAllThreeReviews() {
    ProcessInstance pi = start();
    submit(pi, 2, "LEGAL_REPRESENTATIVE", "NAME", "ADDRESS");
    assertThat(pi).variables().containsEntry("needsPartyReview", true).containsEntry("needsLeadership", true)
        .containsEntry("needsFiling", true).containsEntry("flaggedCandidates", 2)
        .containsEntry("changeSummary", "法定代表人：旧 → 新\n名称：旧 → 新\n住所：旧 → 新");
    approve(pi, "AffairsReview", "PartyReview");
    approve(pi, "PartyReview", "LeadershipApproval");
    approve(pi, "LeadershipApproval", "RecordFiling");
    recordFiling(pi);

    assertThat(pi).hasPassedInOrder("AffairsReview", "PartyReview", "LeadershipApproval", "ApplyChange",
        "RecordFiling", "RecordCivilRegistration");
    assertThat(shared.opinions.opinions).containsExactly("AffairsReview:approve:同意", "PartyReview:approve:同意",
        "LeadershipApproval:approve:同意");
  }

  @Test
  void returnedByAffairsThenResubmitted() {
    ProcessInstance pi = start();
    submit(pi, "ADDRESS");
    complete(task("AffairsReview"), review("return", "请附新住所产权证明"));

    assertThat(pi).hasPassed("ReturnedEarly", "ReturnRequest").hasNotPassed("ApplyChange").isWaitingAt("SubmitRequest");
    submit(pi, "ADDRESS");
    approve(pi, "AffairsReview", "RecordFiling");
    assertThat(changes.calls).containsExactly("open:8", "route:ADDRESS", "returnRequest", "route:ADDRESS", "apply");
    assertThat(shared.guard.completed).containsExactly("SubmitRequest", "SubmitRequest");
  }

  @Test
  void returnedByThePartyCommitteeThenResubmitted() {
    ProcessInstance pi = start();
    submit(pi, 1, "OFFICERS");
    approve(pi, "AffairsReview", "PartyReview");
    complete(task("PartyReview"), review("return", "请调整资格存疑的拟任副理事长"));

    assertThat(pi).hasPassed("ReturnedLater", "ReturnedEarly", "ReturnRequest").isWaitingAt("SubmitRequest");
    submit(pi, 0, "OFFICERS");
    assertThat(pi).variables().containsEntry("flaggedCandidates", 0);
    approve(pi, "AffairsReview", "PartyReview");
    complete(task("PartyReview"), review("approve", "政治把关通过"));
    assertThat(pi).isEnded().hasPassed("ChangeFiled");
    assertThat(changes.calls).containsExactly("open:8", "route:OFFICERS", "returnRequest", "route:OFFICERS", "apply");
  }

  @Test
  void returnedByLeadershipThenResubmitted() {
    ProcessInstance pi = start();
    submit(pi, "BUSINESS_SCOPE");
    approve(pi, "AffairsReview", "LeadershipApproval");
    complete(task("LeadershipApproval"), review("return", "请先经理事会表决"));

    assertThat(pi).hasPassed("ReturnedLater", "ReturnRequest").hasNotPassed("ApplyChange").isWaitingAt("SubmitRequest");
    submit(pi, "BUSINESS_SCOPE");
    approve(pi, "AffairsReview", "LeadershipApproval");
    assertThat(shared.opinions.opinions).containsExactly("AffairsReview:approve:同意", "LeadershipApproval:return:请先经理事会表决",
        "AffairsReview:approve:同意");
  }

  @Test
  void rejectedByAffairs() {
    ProcessInstance pi = start();
    submit(pi, "FUNDS");
    complete(task("AffairsReview"), review("reject", "注册资金低于法定最低限额"));

    assertThat(pi).isEnded().hasPassed("RejectedEarly", "RejectedLater", "RejectChange", "ChangeRejected")
        .hasNotPassed("ApplyChange", "ReturnRequest");
    assertThat(changes.calls).containsExactly("open:8", "route:FUNDS", "reject");
  }

  @Test
  void rejectedByThePartyCommittee() {
    ProcessInstance pi = start();
    submit(pi, 1, "LEGAL_REPRESENTATIVE");
    approve(pi, "AffairsReview", "PartyReview");
    complete(task("PartyReview"), review("reject", "拟任法定代表人不符合任职条件"));

    assertThat(pi).isEnded().hasPassed("RejectedEarly", "RejectChange", "ChangeRejected")
        .hasNotPassed("LeadershipApproval", "ApplyChange");
    assertThat(changes.calls).containsExactly("open:8", "route:LEGAL_REPRESENTATIVE", "reject");
  }

  @Test
  void rejectedByLeadership() {
    ProcessInstance pi = start();
    submit(pi, "SUPERVISING_UNIT");
    approve(pi, "AffairsReview", "LeadershipApproval");
    complete(task("LeadershipApproval"), review("reject", "不同意变更业务主管单位"));

    assertThat(pi).isEnded().hasPassed("RejectedLater", "RejectChange", "ChangeRejected").hasNotPassed("ApplyChange")
        .hasNotPassed("RejectedEarly");
    assertThat(changes.calls).containsExactly("open:8", "route:SUPERVISING_UNIT", "reject");
  }

  @Test
  void reminderAndEscalationFireAndTheFilingTaskStaysOpen() {
    ProcessInstance pi = start();
    submit(pi, "ADDRESS");
    approve(pi, "AffairsReview", "RecordFiling");
    Task filing = task("RecordFiling");
    assertThat(jobQuery().count()).isEqualTo(2);

    Job reminder = job("FilingReminder");
    assertThat(reminder.getDuedate()).isEqualTo(new Date(FILING_DUE.getTime() - 7 * DAY));
    execute(reminder);
    assertThat(pi).hasPassed("RemindFiling", "SocietyReminded").isWaitingAt("RecordFiling");

    Job overdue = job("FilingOverdue");
    assertThat(overdue.getDuedate()).isEqualTo(FILING_DUE);
    execute(overdue);
    assertThat(pi).hasPassed("EscalateFiling", "AffairsInformed").isWaitingAt("RecordFiling");

    assertThat(shared.reminders.sent).containsExactly("remind:RemindFiling:XH8", "escalate:EscalateFiling:XH8");
    assertThat(task("RecordFiling").getId()).isEqualTo(filing.getId());
    assertThat(jobQuery().count()).isZero();

    recordFiling(pi); // a late filing is still recorded
    assertThat(changes.calls).endsWith("apply", "recordFiling");
  }

  @Test
  void taskAttributes() {
    ProcessInstance pi = start();
    assertThat(pi).hasBusinessKey("BG-2025-0008").variables()
        .containsEntry("applicationId", 3008L)
        .containsEntry("societyCode", "XH8")
        .containsEntry("applicationLink", "/changes/3008");
    Date reviewDue = new Date(NOW.getTime() + 15 * DAY);

    Task request = taskQuery().initializeFormKeys().taskDefinitionKey("SubmitRequest").singleResult();
    assertThat(request).hasName("填报变更申请").hasCandidateGroup("society-XH8")
        .hasDueDate(new Date(NOW.getTime() + 30 * DAY));
    assertThat(request.getFormKey()).isEqualTo("/changes/3008");

    submit(pi, "OFFICERS", "NAME");
    assertReviewer("AffairsReview", "学会部审核变更申请", "society-affairs", "change-affairs-review", reviewDue);
    complete(task("AffairsReview"), review("approve", "材料齐全"));
    assertReviewer("PartyReview", "科技社团党委审核负责人变更", "party-committee", "change-party-review", reviewDue);
    complete(task("PartyReview"), review("approve", "政治把关通过"));
    assertReviewer("LeadershipApproval", "领导审批变更", "leadership", "change-leadership-approval", reviewDue);
    complete(task("LeadershipApproval"), review("approve", "同意变更"));

    Task filing = taskQuery().initializeFormKeys().taskDefinitionKey("RecordFiling").singleResult();
    assertThat(filing).hasName("报送民政局变更登记情况").hasCandidateGroup("society-XH8").hasDueDate(FILING_DUE);
    assertThat(filing.getFormKey()).isEqualTo("/changes/3008");
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
    Task request = task("SubmitRequest");
    assertThatThrownBy(() -> taskService().complete(request.getId()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("portal");
    assertThat(pi).isWaitingAt("SubmitRequest").hasNotPassed("RouteChange");
    shared.guard.refuse = false;

    submit(pi, "LEGAL_REPRESENTATIVE", "CHARTER");
    for (String key : List.of("AffairsReview", "PartyReview", "LeadershipApproval")) {
      Task review = task(key);
      assertThatThrownBy(() -> taskService().complete(review.getId(), Map.of("opinion", "没有结论")))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("decision");
      assertThat(pi).isWaitingAt(key);
      complete(task(key), review("approve", "同意"));
    }

    shared.guard.refuse = true;
    Task filing = task("RecordFiling");
    assertThatThrownBy(() -> taskService().complete(filing.getId()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("portal");
    assertThat(pi).isWaitingAt("RecordFiling").hasNotPassed("RecordCivilRegistration");
  }
}
